package com.rotationrisk.faults;

import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSummary;
import com.rotationrisk.report.GeneratedReport;
import com.rotationrisk.report.ReportService;
import java.time.LocalDate;

/** Generates and archives the client summary of alice's demo portfolio "Harrison Family Trust" over and over. */
final class ReportGenerations implements CrashWorkload.Workload {

    static final String KIND = "report";
    static final String CLIENT = "Harrison Family Trust";
    private static final LocalDate AS_OF = LocalDate.of(2001, 1, 2);

    private final ReportService reports;
    private final PortfolioService portfolios;
    private long portfolioId = -1;
    private int generated;

    ReportGenerations(ReportService reports, PortfolioService portfolios) {
        this.reports = reports;
        this.portfolios = portfolios;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void once() {
        if (portfolioId < 0) {
            portfolioId = portfolios.myPortfolios(CLIENT).stream().filter(p -> p.clientName().equals(CLIENT))
                    .mapToLong(PortfolioSummary::id).findFirst().orElseThrow();
        }
        CrashWorkload.say(Protocol.line(Protocol.BEGIN, KIND, "portfolio", portfolioId, "number", ++generated));
        GeneratedReport report = reports.generate(portfolioId, "client-summary", AS_OF);
        CrashWorkload.say(Protocol.line(Protocol.COMMITTED, KIND, "portfolio", portfolioId, "archive",
                report.archived().id(), "bytes", report.pdf().length));
    }
}
