package com.rotationrisk.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.BookEntry;
import com.rotationrisk.portfolio.BookScenarioEntry;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.risk.ScenarioView;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.ScenarioResult;
import com.rotationrisk.security.NewUser;
import com.rotationrisk.security.Role;
import com.rotationrisk.security.TeamSummary;
import com.rotationrisk.security.UserAdministrationService;
import com.rotationrisk.spreadsheet.TableExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The book dashboard's data through the real services on the real database: who sees which portfolio (and who is
 * refused), that the batch figures equal a portfolio's own analysis, the scenario ranking, the client-summary ZIP
 * (PDFs parsed back) and the exports (XLSX parsed back).
 */
@IntegrationTest
class BookDashboardTest {

    static final String TEAM = "Book Test Advisors";

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired UserAdministrationService users;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioSharing sharing;
    @Autowired BookDashboard dashboard;
    @Autowired BookReports reports;

    SecurityTestSupport security;
    long tech;
    long staples;
    long empty;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        security.run("admin", () -> {
            TeamSummary team = users.listTeams().stream().filter(t -> t.name().equals(TEAM)).findFirst()
                    .orElseGet(() -> users.createTeam(TEAM));
            for (String name : List.of("bk-ann", "bk-ben", "bk-cal")) {
                if (users.listUsers().stream().noneMatch(u -> u.username().equals(name))) {
                    users.createUser(new NewUser(name, name.substring(3) + " Book", "book-password-2026!",
                            Role.ADVISOR, team.id()));
                }
            }
        });
        String run = Long.toString(System.nanoTime(), 36);
        tech = create("bk-ann", "BK Tech " + run, List.of(h("MSFT", "300"), h("INTC", "900"), h("HWP", "400"),
                h("IBM", "150"), h("CASH", "20000")));
        staples = create("bk-ann", "BK Staples " + run, List.of(h("KO", "500"), h("PG", "300"), h("JNJ", "200"),
                h("XOM", "250")));
        empty = create("bk-ann", "BK Empty " + run, List.of());
        security.run("bk-ann", () -> {
            long ben = sharing.shareablePeople(tech).stream().filter(m -> m.displayName().equals("ben Book"))
                    .findFirst().orElseThrow().id();
            sharing.shareWithPerson(tech, ben, AccessRole.VIEWER);
        });
    }

    @Test
    void theOwnersBookHasEveryPortfolioWithTheFiguresOfItsOwnAnalysisAndUnknownsWithTheirReason() {
        Book book = security.as("bk-ann", dashboard::load);
        Map<Long, BookRow> rows = byId(book.rows());
        assertThat(rows).containsKeys(tech, staples, empty);
        assertThat(book.firmView()).isFalse();

        for (long id : List.of(tech, staples)) {
            BookRow row = rows.get(id);
            BookEntry e = row.entry();
            PortfolioAssessment own = security.as("bk-ann", () -> portfolios.analyse(id,
                    portfolios.defaultAsOf(id)));
            assertThat(e.asOf()).isEqualTo(own.asOf());
            assertThat(e.grade().grade()).isEqualTo(own.grade().grade());
            for (Dimension dim : Dimension.values()) {
                java.util.OptionalDouble expected = own.dimensions().get(dim).score();
                if (expected.isPresent()) {
                    assertThat(row.score(dim)).isCloseTo(expected.getAsDouble(), within(1e-9));
                } else {
                    assertThat(row.score(dim)).isNull();
                    assertThat(row.whyNoScore(dim)).isEqualTo(own.dimensions().get(dim).notAssessedReason());
                }
            }
            assertThat(own.coverage().unvaluedTickers()).isEmpty();
            assertThat(e.marketValue().value()).isCloseTo(own.coverage().knownValue(), within(1e-6));
            assertThat(own.worstCase()).isPresent();
            assertThat(e.worstCasePct().value()).isCloseTo(own.worstCase().orElseThrow().impactPct(), within(1e-9));
            assertThat(e.worstCaseCurrency().value())
                    .isCloseTo(own.worstCase().orElseThrow().impactCurrency(), within(1e-6));
            assertThat(row.dataAgeDays()).isEqualTo(ChronoUnit.DAYS.between(own.asOf(), book.today()));
            assertThat(e.yourRole()).isEqualTo(AccessRole.OWNER);
        }
        assertThat(rows.get(tech).entry().grants()).isEqualTo(1);
        assertThat(rows.get(staples).entry().grants()).isZero();

        BookEntry none = rows.get(empty).entry();
        assertThat(none.scored()).isFalse();
        assertThat(none.grade()).isNull();
        assertThat(none.marketValue().known()).isFalse();
        assertThat(none.marketValue().missingReason()).isEqualTo("No holdings yet.");
        assertThat(none.worstCasePct().value()).isNull();
        assertThat(rows.get(empty).whyNotGraded()).isEqualTo("No holdings yet.");

        // triage: counted independently from the dates and bands
        long stale = book.rows().stream().filter(r -> r.entry().asOf() != null
                && ChronoUnit.DAYS.between(r.entry().asOf(), book.today()) > BookRow.STALE_AFTER_DAYS).count();
        TriageCount staleCount = book.triage().stream().filter(t -> t.key().equals("stale")).findFirst().orElseThrow();
        assertThat(staleCount.count()).isEqualTo(stale);
        assertThat(book.rows().stream().filter(staleCount.filter()).count()).isEqualTo(stale);
        TriageCount notScored = book.triage().stream().filter(t -> t.key().equals("not-scored")).findFirst()
                .orElseThrow();
        assertThat(book.rows().stream().filter(notScored.filter()).map(r -> r.entry().id())).contains(empty)
                .doesNotContain(tech, staples);
    }

    @Test
    void aViewerSeesOnlyWhatIsSharedAndEveryoneElseIsRefused() {
        Map<Long, BookRow> ben = byId(security.as("bk-ben", dashboard::load).rows());
        assertThat(ben).containsKey(tech).doesNotContainKeys(staples, empty);
        assertThat(ben.get(tech).entry().yourRole()).isEqualTo(AccessRole.VIEWER);
        assertThat(ben.get(tech).entry().marketValue().known()).isTrue();

        Map<Long, BookRow> cal = byId(security.as("bk-cal", dashboard::load).rows());
        assertThat(cal).doesNotContainKeys(tech, staples, empty);
        Map<Long, BookRow> carol = byId(security.as("carol", dashboard::load).rows());
        assertThat(carol).doesNotContainKeys(tech, staples, empty);

        assertThatThrownBy(() -> security.as("bk-cal", () -> dashboard.rescore(List.of(tech))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("bk-ben", () -> dashboard.rescore(List.of(tech, staples))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(security.as("bk-ben", () -> dashboard.rescore(List.of(tech)))).singleElement()
                .satisfies(r -> assertThat(r.entry().id()).isEqualTo(tech));
        long scenario = firmDefaultScenario().id();
        assertThat(security.as("bk-cal", () -> dashboard.rankByLoss(scenario)).ranked())
                .extracting(BookScenarioEntry::id).doesNotContain(tech, staples, empty);
    }

    @Test
    void administratorsGetTheFirmViewWithoutMoneyAmountsAndNoReports() {
        Book firm = security.as("admin", dashboard::load);
        assertThat(firm.firmView()).isTrue();
        BookEntry e = byId(firm.rows()).get(tech).entry();
        BookEntry owners = byId(security.as("bk-ann", dashboard::load).rows()).get(tech).entry();
        assertThat(e.yourRole()).isNull();
        assertThat(e.grade()).isEqualTo(owners.grade());
        assertThat(e.dimensions()).isEqualTo(owners.dimensions());
        assertThat(e.worstCasePct()).isEqualTo(owners.worstCasePct());
        assertThat(owners.marketValue().known()).isTrue();
        assertThat(e.marketValue().known()).isFalse();
        assertThat(e.marketValue().missingReason()).contains("not client money amounts");
        assertThat(e.worstCaseCurrency().known()).isFalse();
        assertThatThrownBy(() -> security.as("admin", () -> reports.clientSummariesZip(List.of(tech),
                new ByteArrayOutputStream(), (n, of, what) -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("admin", () -> portfolios.open(tech)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void oneScenarioRanksTheBookByLossAsEachPortfoliosOwnAnalysisComputesIt() {
        ScenarioView scenario = firmDefaultScenario();
        RankedScenario run = security.as("bk-ann", () -> dashboard.rankByLoss(scenario.id()));
        assertThat(run.scenarioName()).isEqualTo(scenario.name());
        Map<Long, BookScenarioEntry> byId = new LinkedHashMap<>();
        run.ranked().forEach(e -> byId.put(e.id(), e));
        assertThat(byId).containsKeys(tech, staples, empty);

        Map<Long, Double> expected = new LinkedHashMap<>();
        for (long id : List.of(tech, staples)) {
            PortfolioAssessment own = security.as("bk-ann", () -> portfolios.analyse(id,
                    portfolios.defaultAsOf(id)));
            ScenarioResult r = own.scenarios().stream().filter(s -> s.name().equals(scenario.name())).findFirst()
                    .orElseThrow();
            if (r.impactPct().isPresent()) {
                assertThat(byId.get(id).impactPct().value()).isCloseTo(r.impactPct().getAsDouble(), within(1e-9));
                assertThat(byId.get(id).impactCurrency().value()).isCloseTo(r.impactCurrency().getAsDouble(),
                        within(1e-6));
            } else {
                assertThat(byId.get(id).impactPct().known()).isFalse();
            }
            expected.put(id, r.impactPct().isPresent() ? r.impactPct().getAsDouble() : null);
        }
        // ranked: the larger loss (more negative) first; a portfolio without a loss last, with its reason
        List<Long> expectedOrder = new ArrayList<>(expected.keySet());
        expectedOrder.sort(java.util.Comparator.comparing(expected::get,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        expectedOrder.add(empty);
        List<Long> order = run.ranked().stream().map(BookScenarioEntry::id)
                .filter(id -> id == tech || id == staples || id == empty).toList();
        assertThat(order).isEqualTo(expectedOrder);
        assertThat(byId.get(empty).impactPct().missingReason()).isEqualTo("No holdings yet.");
        List<Double> known = run.ranked().stream().map(e -> e.impactPct().value())
                .filter(java.util.Objects::nonNull).toList();
        assertThat(known).isSorted();
    }

    @Test
    void clientSummariesComeAsOneZipOfRealPdfsAndSayWhichWereLeftOut() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        BookReports.Outcome outcome = security.as("bk-ann", () -> reports.clientSummariesZip(
                List.of(tech, staples, empty), zip, (n, of, what) -> progress.add(n)));
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(outcome.files()).hasSize(2);
        assertThat(outcome.notIncluded()).singleElement().asString().contains("Portfolio " + empty);

        Map<String, byte[]> entries = unzip(zip.toByteArray());
        assertThat(entries.keySet()).containsExactlyInAnyOrder(outcome.files().get(0), outcome.files().get(1),
                "NOT-INCLUDED.txt");
        String clients = String.join(" ", entries.keySet());
        assertThat(clients).contains("BK-Tech", "BK-Staples");
        for (String name : outcome.files()) {
            try (PDDocument pdf = Loader.loadPDF(entries.get(name))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(name.startsWith("BK-Tech") ? "BK Tech" : "BK Staples");
            }
        }
        assertThat(new String(entries.get("NOT-INCLUDED.txt"), StandardCharsets.UTF_8)).contains("prices");

        // someone who may not see the portfolios gets no PDF of them, only the list of what was left out
        ByteArrayOutputStream refused = new ByteArrayOutputStream();
        BookReports.Outcome none = security.as("bk-cal", () -> reports.clientSummariesZip(List.of(tech), refused,
                (n, of, what) -> { }));
        assertThat(none.files()).isEmpty();
        assertThat(unzip(refused.toByteArray())).containsOnlyKeys("NOT-INCLUDED.txt");
        assertThat(none.notIncluded()).singleElement().asString().contains("no such portfolio");
    }

    @Test
    void theDashboardGridExportsToAWorkbookWithTheSameFiguresAndEmptyCellsForUnknowns() throws IOException {
        Book book = security.as("bk-ann", dashboard::load);
        byte[] xlsx = TableExport.xlsx(BookTables.dashboard(book.rows(), false));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).contains("Client", "Grade", "Value USD", "Worst case %", "As of", "Owner");
            assertThat(sheet.getLastRowNum()).isEqualTo(book.rows().size());
            int client = headers.indexOf("Client");
            int value = headers.indexOf("Value USD");
            int why = headers.indexOf("Value missing because");
            int asOf = headers.indexOf("As of");
            Map<Long, BookRow> rows = byId(book.rows());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String name = row.getCell(client).getStringCellValue();
                if (name.equals(rows.get(tech).entry().clientName())) {
                    assertThat(row.getCell(value).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(value).getNumericCellValue())
                            .isCloseTo(rows.get(tech).entry().marketValue().value(), within(1e-6));
                    assertThat(row.getCell(asOf).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(rows.get(tech).entry().asOf());
                }
                if (name.equals(rows.get(empty).entry().clientName())) {
                    Cell v = row.getCell(value);
                    assertThat(v == null || v.getCellType() == CellType.BLANK).isTrue();
                    assertThat(row.getCell(why).getStringCellValue()).isEqualTo("No holdings yet.");
                }
            }
        }
    }

    private ScenarioView firmDefaultScenario() {
        return security.as("bk-ann", dashboard::scenarioChoices).stream().filter(ScenarioView::firmDefault)
                .findFirst().orElseThrow();
    }

    private long create(String owner, String client, List<HoldingInput> holdings) {
        return security.as(owner, () -> portfolios.create(new PortfolioDraft(client, "USD", null, holdings))).id();
    }

    private static HoldingInput h(String ticker, String quantity) {
        return new HoldingInput(ticker, new BigDecimal(quantity), null);
    }

    private static Map<Long, BookRow> byId(List<BookRow> rows) {
        Map<Long, BookRow> out = new LinkedHashMap<>();
        rows.forEach(r -> out.put(r.entry().id(), r));
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
