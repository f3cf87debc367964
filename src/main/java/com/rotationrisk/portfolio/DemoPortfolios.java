package com.rotationrisk.portfolio;

import com.rotationrisk.security.DemoData;
import com.rotationrisk.security.SignedInUser;
import com.rotationrisk.security.UserLookup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Demo client portfolios over the bundled real history, created on first start with demo data on.
 * Holdings are in the era the bundled prices cover (the Dow stocks of 1991–2000, Apple 2013–2018).
 */
@Component
@Order(3)
class DemoPortfolios implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolios.class);

    private final PortfolioService portfolios;
    private final PortfolioSharing sharing;
    private final PortfolioRepository repository;
    private final UserLookup users;
    private final boolean enabled;

    private final SecurityContextHolderStrategy securityContext;

    DemoPortfolios(PortfolioService portfolios, PortfolioSharing sharing, PortfolioRepository repository, UserLookup users,
                   DemoData demoData,
                   SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
        this.portfolios = portfolios;
        this.sharing = sharing;
        this.repository = repository;
        this.users = users;
        this.enabled = demoData.active();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || repository.count() > 0) {
            return;
        }
        create("alice", "Harrison Family Trust", "Long-time client; concentrated in technology after the 1999 rally. "
                + "Worried about giving back gains.", AccessRole.EDITOR, "MSFT 1200 28.50", "INTC 2000 18.25",
                "IBM 600 72.00", "HWP 900 31.00", "GE 1500 24.10", "CASH 40000");
        // Thirteen names, so that the top third by momentum is large enough for comomentum (docs/methodology.md).
        create("alice", "Whitaker Growth Partners", "Broad large-cap book built up during the 1999-2000 technology "
                + "rally; asks how much of it rides on the rotation.", null, "MSFT 800 25.00", "INTC 1500 20.00",
                "IBM 400 80.00", "HWP 1000 30.00", "GE 1200 30.00", "C 800 35.00", "JPM 500 40.00",
                "AXP 700 45.00", "HD 600 40.00", "WMT 600 45.00", "MRK 400 70.00", "T 800 30.00", "CAT 500 40.00",
                "CASH 20000");
        create("alice", "Dr. Amara Osei", "Prefers dividend payers; holds cash for a house purchase.", null,
                "KO 800 55.00", "PG 500 70.10", "JNJ 400 88.00", "MRK 600 60.00", "XOM 500 80.00", "CASH 25000");
        create("bob", "Okafor Retirement Account", "Rollover IRA, moderate risk tolerance.", AccessRole.VIEWER,
                "WMT 700 45.00", "HD 600 38.00", "MCD 900 30.00", "DIS 1000 29.00", "JPM 500 41.00",
                "AXP 800 50.00", "CASH 15000");
        create("carol", "Lindqvist Foundation", "Endowment; board asked about crowding in tech.", null,
                "AAPL 3000 150.00", "CASH 100000");
        log.info("Created demo portfolios for alice, bob and carol");
    }

    private void create(String username, String client, String notes, AccessRole teamShare, String... lines) {
        SignedInUser owner = users.byUsername(username).orElse(null);
        if (owner == null) {
            return;
        }
        List<HoldingInput> holdings = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            holdings.add(new HoldingInput(f[0], new BigDecimal(f[1]), f.length > 2 ? new BigDecimal(f[2]) : null));
        }
        // Created through the ordinary service, signed in as the owner: the same checks as in the browser.
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                owner.username(), null, List.of(new SimpleGrantedAuthority(owner.role().authority()))));
        try {
            PortfolioDetails created = portfolios.create(new PortfolioDraft(client, "USD", notes, holdings));
            if (teamShare != null) {
                sharing.shareWithOwnTeam(created.id(), teamShare);
            }
        } finally {
            securityContext.clearContext();
        }
    }
}
