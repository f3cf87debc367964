package com.rotationrisk.faults;

import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.OwnAccountService;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.UserAdministrationService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * On PostgreSQL there are no demo users (security.DemoData): the first start creates what the H2 demo data gives the
 * crash workloads and the outage test — alice, an advisor allowed to import prices, and her "Harrison Family Trust" —
 * through the same services an administrator and an advisor use, starting from the first administrator of the setup
 * step.
 */
public final class PostgresFixtures {

    public static final String SETUP_PASSWORD = "crash-setup-0ne-time";
    private static final String ADMIN_PASSWORD = "crash-admin-Passw0rd";
    public static final String ALICE_PASSWORD = "crash-alice-Passw0rd";

    private PostgresFixtures() {
    }

    public static void ensure(ConfigurableApplicationContext app, SecurityTestSupport security) {
        try {
            app.getBean(UserDetailsService.class).loadUserByUsername("alice");
            return;
        } catch (UsernameNotFoundException absent) {
            // the first start on this schema
        }
        security.run("admin", () -> app.getBean(OwnAccountService.class).changePassword(SETUP_PASSWORD,
                ADMIN_PASSWORD));
        security.run("admin", () -> {
            UserAdministrationService admin = app.getBean(UserAdministrationService.class);
            long team = admin.createTeam("Crash test advisors").id();
            admin.createUser(new NewUser("alice", "Alice Crash", ALICE_PASSWORD, Role.ADVISOR, team, true));
        });
        security.run("alice", () -> app.getBean(PortfolioService.class).create(new PortfolioDraft(
                ReportGenerations.CLIENT, "USD", "The demo data's holdings, for the report workload", List.of(
                        holding("MSFT", "1200", "28.50"), holding("INTC", "2000", "18.25"),
                        holding("IBM", "600", "72.00"), holding("HWP", "900", "31.00"),
                        holding("GE", "1500", "24.10"), holding("CASH", "40000", null)))));
    }

    private static HoldingInput holding(String ticker, String quantity, String cost) {
        return new HoldingInput(ticker, new BigDecimal(quantity), cost == null ? null : new BigDecimal(cost));
    }
}
