package com.rotationrisk.portfolio;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.TeamDirectory;
import com.rotationrisk.security.TeamMember;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with client portfolios without reading them: hand a departing advisor's portfolios to a
 * colleague, and restore a deleted portfolio within the retention period. After it, a scheduled purge drops the
 * holdings and grants; the row stays as the reference of its archived reports and audit trail.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@EnableConfigurationProperties(PortfolioSettings.class)
public class PortfolioAdministration {

    private final PortfolioRepository portfolios;
    private final PortfolioGrantRepository grants;
    private final PortfolioSharing sharing;
    private final TeamDirectory directory;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration retention;
    private final org.springframework.context.ApplicationEventPublisher events;

    PortfolioAdministration(PortfolioRepository portfolios, PortfolioGrantRepository grants, PortfolioSharing sharing,
                            TeamDirectory directory, CurrentUser currentUser, AuditTrail audit, Clock clock,
                            PortfolioSettings settings, org.springframework.context.ApplicationEventPublisher events) {
        this.portfolios = portfolios;
        this.grants = grants;
        this.sharing = sharing;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.retention = settings.deletedRetention();
        this.events = events;
    }

    public Duration retention() {
        return retention;
    }

    /** The portfolios {@code ownerId} owns (names only), for reassignment. */
    @Transactional(readOnly = true)
    public List<OwnedPortfolio> portfoliosOf(long ownerId) {
        currentUser.require();
        String owner = directory.member(ownerId).map(TeamMember::label).orElse("unknown");
        return portfolios.findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(ownerId).stream()
                .map(p -> new OwnedPortfolio(p.getId(), p.getClientName(), ownerId, owner)).toList();
    }

    /** Hands every portfolio of {@code fromUserId} to {@code toUserId}, an enabled advisor. Returns how many. */
    @Transactional
    public int reassignAll(long fromUserId, long toUserId) {
        SignedInUser me = currentUser.require();
        if (fromUserId == toUserId) {
            throw new InvalidPortfolioException("newOwner", -1, "Choose a different advisor to hand them to.");
        }
        TeamMember to = directory.member(toUserId)
                .orElseThrow(() -> new InvalidPortfolioException("newOwner", -1, "That person no longer exists."));
        if (!to.enabled() || to.admin() || to.teamId() == null) {
            throw new InvalidPortfolioException("newOwner", -1, to.displayName()
                    + " cannot own client portfolios: choose an enabled advisor who is in a team.");
        }
        List<Portfolio> theirs = portfolios.findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(fromUserId);
        theirs.forEach(p -> sharing.changeOwner(p, fromUserId, to, null, me));
        return theirs.size();
    }

    @Transactional(readOnly = true)
    public List<DeletedPortfolio> deletedPortfolios() {
        currentUser.require();
        List<Portfolio> deleted = portfolios.findByDeletedAtIsNotNullAndPurgedAtIsNullOrderByDeletedAtDesc();
        Set<Long> people = new HashSet<>();
        deleted.forEach(p -> {
            people.add(p.getOwnerId());
            people.add(p.getDeletedBy());
        });
        Map<Long, TeamMember> names = directory.members(people);
        return deleted.stream().map(p -> new DeletedPortfolio(p.getId(), p.getClientName(),
                label(names.get(p.getOwnerId())), label(names.get(p.getDeletedBy())), p.getDeletedAt(),
                p.getDeletedAt().plus(retention))).toList();
    }

    @Transactional
    public void restore(long portfolioId) {
        SignedInUser me = currentUser.require();
        Portfolio p = portfolios.findById(portfolioId).filter(x -> x.getDeletedAt() != null && x.getPurgedAt() == null)
                .orElseThrow(() -> new InvalidPortfolioException("portfolio", -1,
                        "That portfolio is not deleted, or was purged after the retention period."));
        if (p.getDeletedAt().plus(retention).isBefore(clock.instant())) {
            throw new InvalidPortfolioException("portfolio", -1, "The retention period of " + retention.toDays()
                    + " days has passed; the portfolio can no longer be restored.");
        }
        p.restore();
        audit.record(AuditAction.PORTFOLIO_RESTORED, me.auditActor(), portfolioId, p.getClientName());
    }

    /**
     * Daily, once across instances: portfolios deleted longer ago than the retention lose holdings and grants. No
     * person starts it, so nobody is asked; it does only what the retention setting says.
     */
    @Scheduled(cron = "0 41 2 * * *")
    @SchedulerLock(name = "portfolio-purge")
    @PreAuthorize("permitAll()")
    @Transactional
    public void purgeOnSchedule() {
        purge();
    }

    private int purge() {
        List<Portfolio> expired = portfolios.findByDeletedAtBeforeAndPurgedAtIsNull(clock.instant().minus(retention));
        for (Portfolio p : expired) {
            grants.deleteByPortfolioId(p.getId());
            p.purge(clock.instant());
            events.publishEvent(new PortfolioPurged(p.getId()));
            audit.record(AuditAction.PORTFOLIO_PURGED, AuditActor.SYSTEM, p.getId(), p.getClientName()
                    + ", deleted " + p.getDeletedAt());
        }
        return expired.size();
    }

    private static String label(TeamMember m) {
        return m == null ? "unknown" : m.label();
    }
}
