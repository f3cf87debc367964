package com.rotationrisk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContextStrategy;

    @Autowired ReportService reports;
    @Autowired PortfolioService portfolios;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;
    SecurityTestSupport security;

    @BeforeEach
    void setUp() {
        security = new SecurityTestSupport(users, securityContextStrategy);
    }

    private long harrison() {
        return security.as("alice", () -> portfolios.myPortfolios("Harrison")).stream()
                .mapToLong(PortfolioSummary::id).findFirst().orElseThrow();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aClientSummaryNamesTheClientTheGradeAndEveryHoldingAndIsArchivedByteForByte() throws IOException {
        long id = harrison();
        GeneratedReport report = security.as("alice", () -> reports.generate(id, "client-summary", null));
        String text = text(report.pdf());
        assertThat(text).contains("Harrison Family Trust");
        assertThat(text).containsAnyOf("Low", "Moderate", "Elevated", "High", "Severe");
        for (String ticker : new String[] {"MSFT", "INTC", "IBM", "HWP", "GE"}) {
            assertThat(text).contains(ticker);
        }
        assertThat(pages(report.pdf())).isBetween(2, 3);
        assertThat(report.archived().asOf()).isEqualTo(LocalDate.of(2001, 1, 2));

        GeneratedReport again = security.as("alice", () -> reports.download(report.archived().id()));
        assertThat(again.pdf()).isEqualTo(report.pdf());
        GeneratedReport regenerated = security.as("alice", () -> reports.regenerate(report.archived().id()));
        assertThat(regenerated.pdf()).isEqualTo(report.pdf());
        assertThat(security.as("alice", () -> reports.archiveOf(id))).extracting(ArchivedReport::id)
                .contains(report.archived().id());
    }

    @Test
    void theFullReportIsLongerAndHasTheComponentBreakdowns() throws IOException {
        long id = harrison();
        GeneratedReport report = security.as("alice", () -> reports.generate(id, "advisor-full", null));
        assertThat(pages(report.pdf())).isGreaterThan(3);
        assertThat(text(report.pdf())).contains("RSI").contains("Harrison Family Trust");
    }

    @Test
    void aPreviewIsTheReportButArchivesNothingAndIsRefusedToAnotherTeam() throws IOException {
        long id = harrison();
        int before = security.as("alice", () -> reports.archiveOf(id)).size();
        byte[] pdf = security.as("alice", () -> reports.preview(id, "client-summary", null));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Harrison Family Trust");
        }
        assertThat(security.as("alice", () -> reports.archiveOf(id))).hasSize(before);
        assertThatThrownBy(() -> security.as("carol", () -> reports.preview(id, "client-summary", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTeamCanNeitherGenerateNorDownloadNorListReports() {
        long id = harrison();
        GeneratedReport report = security.as("alice", () -> reports.generate(id, "client-summary", null));
        assertThatThrownBy(() -> security.as("carol", () -> reports.generate(id, "client-summary", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> reports.download(report.archived().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> reports.regenerate(report.archived().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("carol", () -> reports.archiveOf(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.as("admin", () -> reports.download(report.archived().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theGenerateUrlIsAPostThatNeedsASignInAndRefusesOtherTeams() throws Exception {
        long id = harrison();
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(post("/reports/portfolio/" + id + ".pdf").with(csrf)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/portfolio/" + id + ".pdf").with(csrf).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername("carol")))).andExpect(status().isForbidden());
        mvc.perform(post("/reports/portfolio/" + id + ".pdf?template=client-summary").with(csrf).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.loadUserByUsername("alice"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("Harrison-Family-Trust-client-summary-2001-01-02.pdf")));
    }

    @Test
    @WithUserDetails("alice")
    void anUnknownTemplateIsRefusedWithAClearMessage() {
        long id = harrison();
        assertThatThrownBy(() -> reports.generate(id, "nope", null)).hasMessageContaining("Unknown report template 'nope'");
    }
}
