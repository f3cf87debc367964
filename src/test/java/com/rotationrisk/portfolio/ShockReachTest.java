package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.marketdata.AssetType;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.InstrumentDetails;
import com.rotationrisk.marketdata.SizeBucket;
import com.rotationrisk.risk.ShockReach;
import com.rotationrisk.risk.engine.scenario.Shock;
import com.rotationrisk.risk.engine.scenario.ShockTarget;
import com.rotationrisk.security.UserLookup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Matches N holdings in your book" counts only portfolios the asker may see, by the portfolio module's access rules:
 * the owner, a person it is shared with (while shared), never a teammate without a grant, another team or an
 * administrator.
 */
@IntegrationTest
class ShockReachTest {

    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserDetailsService userDetails;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired InstrumentCatalog catalog;
    @Autowired ShockReach reach;
    @Autowired UserLookup users;

    SecurityTestSupport security;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    @AfterEach
    void deleteCreated() {
        created.forEach(id -> security.run("alice", () -> portfolios.delete(id)));
    }

    @Test
    void aShockCountsTheHoldingsOfThePortfoliosTheAskerMaySeeAndNoOthers() {
        String ticker = "SRCH" + (System.nanoTime() % 100_000);
        security.run("admin", () -> catalog.addInstrument(new InstrumentDetails(ticker, "Reach Test Water Co",
                AssetType.STOCK, "Utilities", "Water Utilities", SizeBucket.SMALL)));
        Shock onTicker = new Shock(ShockTarget.TICKER, ticker, -30);
        Shock onIndustry = new Shock(ShockTarget.INDUSTRY, "Water Utilities", -10);
        int bobsWaterBefore = security.as("bob", () -> reach.inMyBook(onIndustry)).holdings();

        long first = portfolioOfAlice(ticker);
        long second = portfolioOfAlice(ticker);
        assertThat(security.as("alice", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(2, 2));

        // a teammate sees nothing of hers until she shares, and then only what she shares
        assertThat(security.as("bob", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(0, 0));
        long bob = security.as("admin", () -> users.byUsername("bob").orElseThrow().id());
        security.run("alice", () -> sharing.shareWithPerson(first, bob, AccessRole.VIEWER));
        assertThat(security.as("bob", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(1, 1));
        assertThat(security.as("bob", () -> reach.inMyBook(onIndustry)).holdings()).isEqualTo(bobsWaterBefore + 1);

        // another team and an administrator never count client holdings they may not see
        assertThat(security.as("carol", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(0, 0));
        assertThat(security.as("admin", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(0, 0));

        // a deleted portfolio is no longer in anyone's book
        security.run("alice", () -> portfolios.delete(second));
        created.remove(second);
        assertThat(security.as("alice", () -> reach.inMyBook(onTicker))).isEqualTo(new ShockReach.Reach(1, 1));
    }

    @Test
    void theSectorAndSizeOfEachHoldingComeFromTheInstrumentUniverseAndCashOnlyMatchesByTicker() {
        String ticker = "SRCS" + (System.nanoTime() % 100_000);
        security.run("admin", () -> catalog.addInstrument(new InstrumentDetails(ticker, "Reach Test Gas Co",
                AssetType.STOCK, "Utilities", "Gas Utilities", SizeBucket.SMALL)));
        portfolioOfAlice(ticker);
        ShockReach.Book book = security.as("alice", () -> reach.myBook());
        ShockReach.Reach gas = book.of(new Shock(ShockTarget.INDUSTRY, "gas utilities", -5));
        assertThat(gas.holdings()).isGreaterThanOrEqualTo(1);
        assertThat(book.of(new Shock(ShockTarget.SECTOR, "Utilities", -5)).holdings())
                .isGreaterThanOrEqualTo(gas.holdings());
        assertThat(book.of(new Shock(ShockTarget.SIZE_BUCKET, "SMALL", -5)).holdings()).isGreaterThanOrEqualTo(1);
        assertThat(book.of(new Shock(ShockTarget.SECTOR, "Nonexistent sector", -30)))
                .isEqualTo(new ShockReach.Reach(0, 0));
        ShockReach.Reach cash = book.of(new Shock(ShockTarget.TICKER, "CASH", 0));
        assertThat(cash.holdings()).as("every test portfolio holds cash").isGreaterThanOrEqualTo(1);
        assertThat(book.of(new Shock(ShockTarget.SECTOR, "Cash", 0))).as("cash is in no sector")
                .isEqualTo(new ShockReach.Reach(0, 0));
    }

    private long portfolioOfAlice(String ticker) {
        long id = security.as("alice", () -> portfolios.create(new PortfolioDraft("Reach test " + System.nanoTime(),
                "USD", null, List.of(new HoldingInput(ticker, new BigDecimal("10"), null),
                new HoldingInput("CASH", new BigDecimal("100"), null))))).id();
        created.add(id);
        return id;
    }
}
