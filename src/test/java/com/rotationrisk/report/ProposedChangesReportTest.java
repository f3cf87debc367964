package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.audit.AuditEntry;
import com.rotationrisk.audit.AuditService;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.proposal.ProposalComparison;
import com.rotationrisk.proposal.ProposalDrafts;
import com.rotationrisk.proposal.ProposalService;
import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.proposal.Trade.AmountKind;
import com.rotationrisk.report.fixtures.Pdfs;
import com.rotationrisk.risk.engine.OverallGrade;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The "Proposed changes" section: printed with a proposal, absent without, refused for other portfolios' proposals,
 * kept by the archive as it was.
 */
@IntegrationTest
class ProposedChangesReportTest {

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired PortfolioService portfolios;
    @Autowired ProposalDrafts drafts;
    @Autowired ProposalService proposals;
    @Autowired ReportService reports;
    @Autowired AuditService audit;

    SecurityTestSupport security;
    long portfolio;
    List<Trade> trades = List.of(Trade.sell("INTC", AmountKind.PERCENT_OF_POSITION, "40"),
            Trade.switchTo("MSFT", "PG", AmountKind.SHARES, "100"));

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(userDetails, securityContextStrategy);
        portfolio = create("alice", "RPC Client " + System.nanoTime());
    }

    @Test
    void aReportWithAProposalPrintsItsTradesTheBeforeAndAfterAndTheDisclosure() throws Exception {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "RPC Trim chips", trades));
        LocalDate asOf = security.as("alice", () -> portfolios.defaultAsOf(portfolio));
        ProposalComparison expected = security.as("alice", () -> proposals.compare(portfolio, asOf, trades));

        GeneratedReport report = security.as("alice",
                () -> reports.generate(portfolio, "client-summary", null, p.id()));

        String text = Pdfs.text(report.pdf()).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertThat(text).contains("Proposed changes", "RPC Trim chips", "draft (version " + p.version() + ")",
                "Sell or trim", "INTC", "Switch", "MSFT", "PG", "40 % of the position", "Before and after the trades",
                "Gain unknown (no cost per share entered) MSFT", "average cost", "not advice to trade");
        // a line break may split a cell or a date at its hyphen: compare without spaces
        String compact = text.replace(" ", "");
        assertThat(compact).contains(("Overall grade" + grade(expected.before().grade())
                + grade(expected.after().grade())).replace(" ", ""));
        assertThat(compact).contains(ProposalComparison.disclosure(asOf).replace(" ", ""));
        assertThat(text.indexOf("Proposed changes")).isGreaterThan(text.indexOf("Worst case"));
        render(report.pdf());
        assertThat(security.as("alice", () -> audit.portfolioTrail(portfolio))).extracting(AuditEntry::detail)
                .anyMatch(d -> d.startsWith("Report generated") && d.contains("with proposal \"RPC Trim chips\""));

        GeneratedReport regenerated = security.as("alice", () -> reports.regenerate(report.archived().id()));
        assertThat(regenerated.pdf()).isEqualTo(report.pdf());
    }

    @Test
    void withoutAProposalTheSectionIsLeftOut() {
        security.run("alice", () -> drafts.create(portfolio, "RPC Not chosen", trades));
        byte[] pdf = security.as("alice", () -> reports.preview(portfolio, "advisor-full", null));
        assertThat(Pdfs.text(pdf)).doesNotContain("Proposed changes").doesNotContain("RPC Not chosen");
    }

    @Test
    void aProposalOfAnotherPortfolioOrOneTheCallerMayNotReadIsRefusedLikeAMissingOne() {
        long other = create("alice", "RPC Other " + System.nanoTime());
        StoredProposal elsewhere = security.as("alice", () -> drafts.create(other, "RPC Elsewhere", trades));
        assertThatThrownBy(() -> security.run("alice", () -> reports.generate(portfolio, "client-summary", null,
                elsewhere.id()))).isInstanceOf(AccessDeniedException.class).hasMessage("No such proposal");
        assertThatThrownBy(() -> security.run("alice", () -> reports.preview(portfolio, "client-summary", null,
                elsewhere.id()))).isInstanceOf(AccessDeniedException.class).hasMessage("No such proposal");
        assertThatThrownBy(() -> security.run("alice", () -> reports.generate(portfolio, "client-summary", null,
                Long.MAX_VALUE))).isInstanceOf(AccessDeniedException.class).hasMessage("No such proposal");

        long carols = create("carol", "RPC Carol " + System.nanoTime());
        assertThatThrownBy(() -> security.run("carol", () -> reports.generate(carols, "client-summary", null,
                elsewhere.id()))).isInstanceOf(AccessDeniedException.class).hasMessage("No such proposal");
        assertThat(security.as("carol", () -> reports.archiveOf(carols))).isEmpty();
    }

    @Test
    void anAcceptedProposalIsRefusedBecauseItsTradesAreInTheHoldingsAlready() {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "RPC Done", trades));
        security.run("alice", () -> drafts.accept(p.id(), p.version()));
        assertThatThrownBy(() -> security.run("alice", () -> reports.generate(portfolio, "client-summary", null,
                p.id()))).isInstanceOfSatisfying(InvalidReportRequestException.class,
                e -> assertThat(e.field()).isEqualTo("proposal")).hasMessageContaining("was accepted");
    }

    @Test
    void aRegeneratedReportPrintsTheProposalAsItWasWhenTheReportWasMade() {
        StoredProposal p = security.as("alice", () -> drafts.create(portfolio, "RPC First idea", trades));
        GeneratedReport report = security.as("alice",
                () -> reports.generate(portfolio, "client-summary", null, p.id()));
        security.run("alice", () -> drafts.save(p.id(), "RPC Second idea",
                List.of(Trade.sell("KO", AmountKind.SHARES, "50")), p.version()));

        GeneratedReport regenerated = security.as("alice", () -> reports.regenerate(report.archived().id()));

        String text = Pdfs.text(regenerated.pdf()).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        assertThat(text).contains("RPC First idea", "40 % of the position", "Switch")
                .doesNotContain("RPC Second idea").doesNotContain("50 shares");
        assertThat(regenerated.pdf()).isEqualTo(report.pdf());
    }

    private long create(String user, String client) {
        return security.as(user, () -> portfolios.create(new PortfolioDraft(client, "USD", null, List.of(
                h("INTC", "900", "25"), h("MSFT", "300", null), h("KO", "500", "40"), h("IBM", "150", null),
                h("CASH", "5000", null))))).id();
    }

    private static HoldingInput h(String ticker, String quantity, String cost) {
        return new HoldingInput(ticker, new BigDecimal(quantity), cost == null ? null : new BigDecimal(cost));
    }

    private static String grade(OverallGrade g) {
        return g.graded() ? g.headline() + " (" + com.rotationrisk.risk.engine.Formats.score(g.score()) + ")"
                : "n/a (not graded)";
    }

    /** The page with the before/after table as a PNG, to look at. */
    private static void render(byte[] pdf) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Path file = Path.of("target/proposed-changes.pdf");
        Files.write(file, pdf);
        int page = 0;
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages() && page == 0; i++) {
                if (Pdfs.text(doc, i, i).contains("Before and after the trades")) {
                    page = i;
                }
            }
        }
        assertThat(page).isPositive();
        if (new File("/usr/bin/pdftoppm").canExecute()) {
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(page), "-l",
                    String.valueOf(page), "-singlefile", file.toString(), dir.resolve("69-proposed-changes").toString())
                    .inheritIO().start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
