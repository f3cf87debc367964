package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.risk.engine.scenario.BuiltInScenarios;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class GicsTest {

    @Test
    void theBundledStructureHasElevenSectorsAndEveryIndustryAndSubIndustryOfTheCurrentGics() throws IOException {
        assertThat(Gics.sectors()).containsExactly("Energy", "Materials", "Industrials", "Consumer Discretionary",
                "Consumer Staples", "Health Care", "Financials", "Information Technology", "Communication Services",
                "Utilities", "Real Estate");
        List<CSVRecord> rows = rows(Gics.RESOURCE);
        assertThat(rows).hasSize(163);
        assertThat(rows.stream().map(r -> r.get("industry_group_code")).distinct()).hasSize(25);
        assertThat(rows.stream().map(r -> r.get("industry_code")).distinct()).hasSize(74);
        assertThat(Gics.industries()).filteredOn(i -> !i.subIndustry()).hasSize(74);
        // names shared by an industry and its only sub-industry are listed once
        assertThat(Gics.industries()).extracting(Gics.Industry::name).doesNotHaveDuplicates();
        // every code sits under its parent's code
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("industry_group_code")).startsWith(r.get("sector_code"));
            assertThat(r.get("industry_code")).startsWith(r.get("industry_group_code"));
            assertThat(r.get("sub_industry_code")).startsWith(r.get("industry_code"));
        });
    }

    @Test
    void namesAreFoundWithoutCaseOrStraySpacesAndAnsweredInTheirGicsSpelling() {
        assertThat(Gics.sector("  information   technology ")).contains("Information Technology");
        assertThat(Gics.sector("Nonexistent sector")).isEmpty();
        assertThat(Gics.sector(null)).isEmpty();
        assertThat(Gics.isSector("Technology")).isFalse();
        assertThat(Gics.isSector("Banks")).as("an industry group is no sector").isFalse();

        assertThat(Gics.industry("consumer finance")).get().extracting(Gics.Industry::name).isEqualTo("Consumer Finance");
        assertThat(Gics.isIndustry("Regional Banks")).as("sub-industries count as industries").isTrue();
        assertThat(Gics.industry("Regional Banks")).get().extracting(Gics.Industry::subIndustry).isEqualTo(true);
        assertThat(Gics.isIndustry("Financials")).as("a sector is no industry").isFalse();
        assertThat(Gics.isIndustry("Food & Staples Retailing")).as("renamed in 2023").isFalse();
    }

    @Test
    void eachIndustryKnowsItsSector() {
        assertThat(Gics.sectorOf("Transaction & Payment Processing Services")).contains("Financials");
        assertThat(Gics.sectorOf("Semiconductors")).contains("Information Technology");
        assertThat(Gics.sectorOf("Data Processing & Outsourced Services")).contains("Industrials");
        assertThat(Gics.sectorOf("Interactive Media & Services")).contains("Communication Services");
        assertThat(Gics.sectorOf("Nonexistent industry")).isEmpty();
        assertThat(Gics.industriesIn("financials")).extracting(Gics.Industry::name)
                .contains("Banks", "Diversified Banks", "Consumer Finance", "Insurance Brokers")
                .doesNotContain("Semiconductors");
        assertThat(Gics.industriesIn("Nonexistent sector")).isEmpty();
    }

    @Test
    void theBundledInstrumentsAndBuiltInScenariosUseGicsNamesOnly() throws IOException {
        Set<String> notGics = new HashSet<>();
        for (CSVRecord r : rows("marketdata/instruments.csv")) {
            String sector = r.get("sector");
            String industry = r.get("industry");
            if (!sector.isBlank() && !Gics.isSector(sector)) {
                notGics.add(r.get("symbol") + " sector " + sector);
            }
            if (!industry.isBlank() && !Gics.sectorOf(industry).equals(Gics.sector(sector))) {
                notGics.add(r.get("symbol") + " industry " + industry + " in " + sector);
            }
        }
        BuiltInScenarios.all().forEach(s -> s.directShocks().forEach(shock -> {
            boolean known = switch (shock.target()) {
                case SECTOR -> Gics.isSector(shock.key());
                case INDUSTRY -> Gics.isIndustry(shock.key());
                default -> true;
            };
            if (!known) {
                notGics.add(s.id() + " " + shock.target() + " " + shock.key());
            }
        }));
        assertThat(notGics).isEmpty();
    }

    private static List<CSVRecord> rows(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(GicsTest.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
