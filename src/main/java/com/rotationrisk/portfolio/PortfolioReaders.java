package com.rotationrisk.portfolio;

import com.rotationrisk.security.CurrentUser;
import com.rotationrisk.security.SignedInUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which portfolios the signed-in person may read now, for features that keep something per portfolio (alerts,
 * history) and must show it only to those who may read the portfolio itself, by the rules of {@link PortfolioAccess}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PortfolioReaders {

    private final PortfolioRepository portfolios;
    private final PortfolioService service;
    private final PortfolioAccess access;
    private final CurrentUser currentUser;

    PortfolioReaders(PortfolioRepository portfolios, PortfolioService service, PortfolioAccess access,
                     CurrentUser currentUser) {
        this.portfolios = portfolios;
        this.service = service;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Client name by portfolio id: the caller's own and those a grant in effect shares with them now. */
    @Transactional(readOnly = true)
    public Map<Long, String> readable() {
        SignedInUser me = currentUser.require();
        Map<Long, String> out = new LinkedHashMap<>();
        portfolios.findByOwnerIdAndDeletedAtIsNullOrderByUpdatedAtDesc(me.id())
                .forEach(p -> out.put(p.getId(), p.getClientName()));
        service.sharedWith(me).keySet().forEach(p -> out.put(p.getId(), p.getClientName()));
        return out;
    }

    /** The caller's role on this portfolio; one they may not read is refused like one that does not exist. */
    @Transactional(readOnly = true)
    public AccessRole requireRead(long portfolioId) {
        return access.requireRead(portfolios.require(portfolioId), currentUser.require());
    }

    /** Refused unless the caller owns this portfolio. */
    @Transactional(readOnly = true)
    public void requireOwner(long portfolioId) {
        access.requireOwner(portfolios.require(portfolioId), currentUser.require());
    }
}
