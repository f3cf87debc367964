package com.rotationrisk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Finding 1 (typed numbers): a crafted BigDecimalField value reaches {@link PortfolioService} as any BigDecimal;
 * the service bounds it before storing or rounding and names the field, instead of a 500 or a runaway rounding.
 */
@IntegrationTest
class AmountBoundsTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired PortfolioService portfolios;
    @Autowired UserDetailsService userDetails;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400000000", "1e-500000000", "1e17", "12345678901234567", "-1e-400000000"})
    void aHostileCostBasisIsRefusedNamingTheField(String cost) {
        PortfolioDraft draft = new PortfolioDraft("Bounds " + System.nanoTime(), "USD", null,
                List.of(new HoldingInput("IBM", BigDecimal.TEN, new BigDecimal(cost))));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> security.as("alice", () -> portfolios.create(draft)))
                        .isInstanceOfSatisfying(InvalidPortfolioException.class,
                                e -> assertThat(e.field()).isIn("costBasis")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400000000", "1e-500000000", "1e17"})
    void aHostileFilePriceIsRefusedNamingTheField(String price) {
        PortfolioDraft draft = new PortfolioDraft("Bounds " + System.nanoTime(), "USD", null,
                List.of(new HoldingInput("ZZZQ", BigDecimal.TEN, null, new BigDecimal(price), LocalDate.of(2024, 1, 2))));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> security.as("alice", () -> portfolios.create(draft)))
                        .isInstanceOfSatisfying(InvalidPortfolioException.class,
                                e -> assertThat(e.field()).isEqualTo("filePrice")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400000000", "1e-500000000"})
    void aHostileQuantityIsRefused(String quantity) {
        PortfolioDraft draft = new PortfolioDraft("Bounds " + System.nanoTime(), "USD", null,
                List.of(new HoldingInput("IBM", new BigDecimal(quantity), null)));
        assertThatThrownBy(() -> security.as("alice", () -> portfolios.create(draft)))
                .isInstanceOfSatisfying(InvalidPortfolioException.class,
                        e -> assertThat(e.field()).isEqualTo("quantity"));
    }

    @org.junit.jupiter.api.Test
    void aCostWithManyDecimalsIsRoundedToTheStoredScale() {
        PortfolioDetails saved = security.as("alice", () -> portfolios.create(new PortfolioDraft(
                "Bounds " + System.nanoTime(), "USD", null,
                List.of(new HoldingInput("IBM", BigDecimal.TEN, new BigDecimal("12.123456789123"))))));
        assertThat(saved.content().holdings().get(0).costBasisPerShare()).isEqualByComparingTo("12.12345679");
    }
}
