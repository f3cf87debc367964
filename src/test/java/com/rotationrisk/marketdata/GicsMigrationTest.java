package com.rotationrisk.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V26 maps free-text sectors and industries stored before the pick lists to GICS names, in instruments and
 * shocks alike, so a shock keeps matching what it matched; it agrees with {@link Gics} and runs on the real database.
 */
@IntegrationTest
class GicsMigrationTest {

    private static final String SCRIPT = "db/migration/V26__gics_names.sql";
    private static final Pattern INSTRUMENT_UPDATE = Pattern.compile(
            "update instrument set (sector|industry) = '((?:[^']|'')+)' where lower\\(trim\\(\\1\\)\\) = '((?:[^']|'')+)'");

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void everyMappingLeadsFromANameThatIsNotGicsToOneThatIsAndAgreesWithTheSectorAliases() {
        int mappings = 0;
        for (String statement : statements()) {
            Matcher m = INSTRUMENT_UPDATE.matcher(statement);
            if (!m.find()) {
                continue;
            }
            String to = m.group(2).replace("''", "'");
            String from = m.group(3).replace("''", "'");
            if (m.group(1).equals("sector")) {
                assertThat(Gics.sectorMeant(from)).as(from).contains(to);
            } else {
                assertThat(Gics.isIndustry(to)).as(to).isTrue();
                assertThat(Gics.isIndustry(from)).as(from + " is no GICS name any more").isFalse();
            }
            mappings++;
        }
        assertThat(mappings).isGreaterThan(40);
    }

    @Test
    void storedFreeTextBecomesGicsInInstrumentsAndShocksAndTheRestIsLeftAlone() {
        tx.executeWithoutResult(status -> {
            long owner = jdbc.queryForObject("select min(id) from app_user", Long.class);
            jdbc.update("insert into instrument (symbol, name, asset_type, sector, industry, size_bucket, created_at) "
                    + "values ('MIGA', 'Legacy A', 'STOCK', 'technology', 'Semiconductor Equipment', 'SMALL', "
                    + "current_timestamp), ('MIGB', 'Legacy B', 'STOCK', 'Our own words', 'Food & Staples Retailing', "
                    + "'MID', current_timestamp)");
            jdbc.update("insert into scenario (code, version, name, market_shock_pct, spread_shock_pct, "
                    + "spread_gives_back_ytd, policy_scenario, built_in, owner_id, created_at, updated_at, status, "
                    + "firm_default) values ('mig-test', 1, 'Legacy shocks', 0, 0, false, false, false, ?, "
                    + "current_timestamp, current_timestamp, 'DRAFT', false)", owner);
            long scenario = jdbc.queryForObject("select id from scenario where code = 'mig-test'", Long.class);
            jdbc.update("insert into scenario_shock (scenario_id, position, target, shock_key, pct) values "
                    + "(?, 0, 'SECTOR', 'Technology', -5), (?, 1, 'INDUSTRY', 'food & staples retailing', -4), "
                    + "(?, 2, 'SECTOR', ' financials', -3), (?, 3, 'SIZE_BUCKET', 'small', -2), "
                    + "(?, 4, 'SECTOR', 'Our own words', -1)", scenario, scenario, scenario, scenario, scenario);

            statements().forEach(jdbc::update);

            assertThat(jdbc.queryForList("select sector || ' / ' || industry from instrument where symbol like 'MIG_' "
                    + "order by symbol", String.class)).containsExactly(
                    "Information Technology / Semiconductor Materials & Equipment",
                    "Our own words / Consumer Staples Distribution & Retail");
            assertThat(jdbc.queryForList("select shock_key from scenario_shock where scenario_id = ? order by position",
                    String.class, scenario)).containsExactly("Information Technology",
                    "Consumer Staples Distribution & Retail", "Financials", "SMALL", "Our own words");
            status.setRollbackOnly();
        });
    }

    private static List<String> statements() {
        try {
            String sql = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
            return Arrays.stream(sql.split(";\\s*\\n")).map(s -> s.replaceAll("(?m)^--.*$", "").strip())
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
