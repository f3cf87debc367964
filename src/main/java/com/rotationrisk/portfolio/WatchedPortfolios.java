package com.rotationrisk.portfolio;

import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.TeamDirectory;
import com.rotationrisk.security.TeamMember;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every saved portfolio, for the application's own watch over them (the nightly re-scoring and its alerts): never for
 * a person, so only the system principal may call it ({@link com.rotationrisk.security.SystemTask}).
 */
@Service
@PreAuthorize("hasRole('SYSTEM')")
public class WatchedPortfolios {

    private final PortfolioRepository portfolios;
    private final PortfolioGrantRepository grants;
    private final PortfolioAccess access;
    private final PortfolioBatchScoring batch;
    private final TeamDirectory directory;

    WatchedPortfolios(PortfolioRepository portfolios, PortfolioGrantRepository grants, PortfolioAccess access,
                      PortfolioBatchScoring batch, TeamDirectory directory) {
        this.portfolios = portfolios;
        this.grants = grants;
        this.access = access;
        this.batch = batch;
        this.directory = directory;
    }

    /** Ids of every portfolio not deleted, in id order. */
    @Transactional(readOnly = true)
    public List<Long> savedIds() {
        return portfolios.findByDeletedAtIsNullOrderByUpdatedAtDesc().stream().map(Portfolio::getId).sorted().toList();
    }

    /** A saved portfolio's holdings version and default valuation date (null: nothing to value it at). */
    public record Dated(long id, long version, java.time.LocalDate asOf) {
    }

    /** The default valuation date of each of these portfolios, without scoring them; deleted ones are left out. */
    @Transactional(readOnly = true)
    public List<Dated> valuationDates(Collection<Long> ids) {
        List<Portfolio> list = portfolios.findByIdInAndDeletedAtIsNullOrderByUpdatedAtDesc(ids);
        List<java.time.LocalDate> dates = batch.dates(list);
        List<Dated> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(new Dated(list.get(i).getId(), list.get(i).getVersion(), dates.get(i)));
        }
        return out;
    }

    /** These portfolios scored as the analysis view scores them by default; deleted ones are left out. */
    @Transactional(readOnly = true)
    public List<ScoredPortfolio> score(Collection<Long> ids) {
        List<Portfolio> list = portfolios.findByIdInAndDeletedAtIsNullOrderByUpdatedAtDesc(ids);
        List<PortfolioBatchScoring.Result> results = batch.score(list);
        List<ScoredPortfolio> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Portfolio p = list.get(i);
            PortfolioBatchScoring.Result r = results.get(i);
            out.add(new ScoredPortfolio(p.getId(), p.getVersion(), p.getOwnerId(), p.getClientName(), p.holdingCount(),
                    r.asOf(), r.assessment(), r.notScoredReason()));
        }
        return out;
    }

    /**
     * Who may read each portfolio now, by the same rules as opening it ({@link PortfolioAccess}): the owner and every
     * enabled person a grant in effect reaches. Disabled accounts are left out. Deleted portfolios have no readers.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<TeamMember>> readersOf(Collection<Long> ids) {
        Map<Long, List<TeamMember>> out = new LinkedHashMap<>();
        List<Portfolio> list = portfolios.findByIdInAndDeletedAtIsNullOrderByUpdatedAtDesc(ids);
        Map<Long, Long> ownerTeams = access.ownerTeams(list);
        for (Portfolio p : list) {
            List<PortfolioGrant> given = grants.findByPortfolioIdOrderByGrantedAtAsc(p.getId());
            Set<Long> candidates = new HashSet<>();
            candidates.add(p.getOwnerId());
            Set<Long> teams = new HashSet<>();
            Long ownerTeam = ownerTeams.get(p.getOwnerId());
            for (PortfolioGrant g : given) {
                switch (g.getKind()) {
                    case PERSON -> candidates.add(g.getGranteeUserId());
                    case TEAM -> teams.add(g.getGranteeTeamId());
                    case OWNER_TEAM -> {
                        if (ownerTeam != null) {
                            teams.add(ownerTeam);
                        }
                    }
                }
            }
            Map<Long, TeamMember> people = new HashMap<>(directory.members(candidates));
            directory.membersOfTeams(teams).values().forEach(members -> members.forEach(m -> people.put(m.id(), m)));
            List<TeamMember> readers = people.values().stream().filter(TeamMember::enabled)
                    .filter(m -> readable(p, m.asAccessSubject(), given, ownerTeam))
                    .sorted(java.util.Comparator.comparingLong(TeamMember::id)).toList();
            out.put(p.getId(), readers);
        }
        return out;
    }

    private boolean readable(Portfolio p, SignedInUser person, List<PortfolioGrant> given, Long ownerTeam) {
        return p.getOwnerId() == person.id() || access.bestRole(given, ownerTeam, person).isPresent();
    }
}
