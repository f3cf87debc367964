package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Shared reference data: who may add instruments, fetch prices and run the refresh (the services decide). */
@IntegrationTest
class PriceFetchServiceTest {

    @Autowired PriceFetchService fetch;
    @Autowired PriceRefreshJob refresh;
    @Autowired InstrumentCatalog catalog;

    private static InstrumentDetails visa() {
        return new InstrumentDetails("v", "Visa Inc", AssetType.STOCK, "Financials", "Transaction & Payment Processing Services",
                SizeBucket.LARGE);
    }

    @Test
    @WithMockUser(username = "bob", roles = "ADVISOR")
    void anAdvisorWithoutThePriceImportPermissionCanNeitherAddNorFetch() {
        assertThatThrownBy(() -> catalog.addInstrument(visa())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fetch.fetch(List.of("V"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fetch.suggestedDetails("V")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> refresh.startNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fetch.recentRuns()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fetch.heldBackBars()).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.find("V")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> fetch.providerAvailable()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.addInstrument(visa())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void anImporterAddsAnInstrumentOnceWithItsShareClassSpellingAndEveryFieldChecked() {
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("MA", " ", AssetType.STOCK, "Financials",
                null, SizeBucket.LARGE))).isInstanceOfSatisfying(InvalidImportException.class,
                e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("MA", "Mastercard", AssetType.STOCK,
                "F".repeat(101), null, SizeBucket.LARGE))).isInstanceOfSatisfying(InvalidImportException.class,
                e -> assertThat(e.field()).isEqualTo("sector"));
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("MA", "Mastercard", AssetType.STOCK,
                "Nonexistent sector", null, SizeBucket.LARGE))).isInstanceOfSatisfying(InvalidImportException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("sector");
                    assertThat(e.getMessage()).isEqualTo("\"Nonexistent sector\" is not a GICS sector. Choose one of "
                            + "the 11 sectors from the list.");
                });
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("MA", "Mastercard", AssetType.STOCK,
                "Financials", "Payments", SizeBucket.LARGE))).isInstanceOfSatisfying(InvalidImportException.class,
                e -> assertThat(e.getMessage()).contains("\"Payments\" is not a GICS industry"));
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("MA", "Mastercard", AssetType.STOCK,
                "Energy", "Transaction & Payment Processing Services", SizeBucket.LARGE)))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> {
                    assertThat(e.field()).isEqualTo("industry");
                    assertThat(e.getMessage()).contains("belongs to the sector Financials, not Energy");
                });
        assertThat(catalog.find("MA")).as("nothing was added").isEmpty();
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("CASH", "Cash", AssetType.CASH, null,
                null, null))).hasMessageContaining("is cash");
        assertThatThrownBy(() -> catalog.addInstrument(new InstrumentDetails("IBM", "IBM", AssetType.STOCK, "IT", null,
                SizeBucket.LARGE))).hasMessageContaining("already in the instrument universe");

        InstrumentDetails added = catalog.addInstrument(new InstrumentDetails("brk/b", "Berkshire Hathaway B",
                AssetType.STOCK, " financials", "multi-sector holdings", SizeBucket.LARGE));
        assertThat(added.symbol()).isEqualTo("BRK.B");
        assertThat(added.sector()).as("stored in its GICS spelling").isEqualTo("Financials");
        assertThat(added.industry()).isEqualTo("Multi-Sector Holdings");
        InstrumentDetails broadEtf = catalog.addInstrument(new InstrumentDetails("PKETF", "Broad Index ETF",
                AssetType.ETF, null, null, SizeBucket.SMALL));
        assertThat(broadEtf.sector()).as("a broad ETF has no single GICS sector").isNull();
        assertThat(catalog.find("BRK-B")).map(InstrumentDetails::name).contains("Berkshire Hathaway B");
        assertThat(catalog.withPriceHistory(List.of("BRK.B", "IBM"))).containsExactly("IBM");
        // no provider is configured in this context: the advisor is told, nothing is called
        assertThat(fetch.providerAvailable()).isFalse();
        assertThatThrownBy(() -> fetch.fetch(List.of("BRK.B"))).hasMessageContaining("No online price provider");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void withoutAProviderTheRefreshSaysSoInsteadOfStarting() {
        assertThat(refresh.startNow()).contains("No online price provider is configured, so there is nothing to "
                + "refresh from.");
    }

    @Test
    void profileDataMapsToTheUniversesVocabulary() {
        assertThat(PriceFetchService.assetType("Common Stock")).isEqualTo(AssetType.STOCK);
        assertThat(PriceFetchService.assetType("ETF")).isEqualTo(AssetType.ETF);
        assertThat(PriceFetchService.assetType("Warrant")).isNull();
        assertThat(PriceFetchService.size(650e9)).isEqualTo(SizeBucket.LARGE);
        assertThat(PriceFetchService.size(5e9)).isEqualTo(SizeBucket.MID);
        assertThat(PriceFetchService.size(1.2e9)).isEqualTo(SizeBucket.SMALL);
        assertThat(PriceFetchService.size(null)).isNull();
        assertThat(PriceFetchService.titleCase("SERVICES-PREPACKAGED SOFTWARE")).isEqualTo("Services-Prepackaged Software");
    }
}
