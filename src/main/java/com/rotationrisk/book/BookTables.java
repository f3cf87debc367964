package com.rotationrisk.book;

import com.rotationrisk.portfolio.BookFigure;
import com.rotationrisk.portfolio.BookScenarioEntry;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.spreadsheet.Table;
import java.util.List;

/**
 * The book's grids as exported tables: the same figures as on screen, unknown values as empty cells with the reason
 * in the next column, percentages as numbers (12.3 for 12.3 %).
 */
public final class BookTables {

    private BookTables() {
    }

    public static Table dashboard(List<BookRow> rows, boolean firmView) {
        Table.Builder<BookRow> t = Table.of("Book", rows)
                .column("Client", r -> r.entry().clientName())
                .column("Grade", r -> r.grade() == null ? null : r.grade().label())
                .column("Why not graded", BookRow::whyNotGraded);
        for (Dimension dim : Dimension.values()) {
            t.column(dim.label(), r -> r.score(dim))
                    .column(dim.label() + " band", r -> r.band(dim) == null ? null : r.band(dim).label())
                    .column(dim.label() + " missing because", r -> r.score(dim) == null ? r.whyNoScore(dim) : null);
        }
        t.column("Worst case %", r -> r.entry().worstCasePct().value())
                .column("Worst case scenario", r -> r.entry().worstCaseScenario());
        if (!firmView) {
            t.column("Worst case USD", r -> r.entry().worstCaseCurrency().value())
                    .column("Value USD", r -> r.entry().marketValue().value())
                    .column("Value missing because", r -> r.entry().marketValue().missingReason());
        }
        return t.column("As of", r -> r.entry().asOf())
                .column("Data age (days)", BookRow::dataAgeDays)
                .column("Stale", r -> r.stale() ? "yes" : "no")
                .column("Coverage %", r -> percent(r.entry().scoredShare()))
                .column("Owner", r -> r.entry().ownerName())
                .column("Grants", r -> r.entry().grants())
                .column("Holdings", r -> r.entry().holdings())
                .build();
    }

    public static Table scenario(RankedScenario run, boolean firmView) {
        List<Ranked> ranked = java.util.stream.IntStream.range(0, run.ranked().size())
                .mapToObj(i -> new Ranked(i + 1, run.ranked().get(i))).toList();
        Table.Builder<Ranked> t = Table.of("Scenario", ranked)
                .column("Rank", Ranked::rank)
                .column("Client", r -> r.e().clientName())
                .column("Owner", r -> r.e().ownerName())
                .column("Scenario", r -> run.scenarioName() + " v" + run.scenarioVersion())
                .column("Impact %", r -> r.e().impactPct().value());
        if (!firmView) {
            t.column("Impact USD", r -> r.e().impactCurrency().value());
        }
        return t.column("Missing because", r -> r.e().impactPct().missingReason())
                .column("Covered %", r -> percent(r.e().coveredShare()))
                .column("As of", r -> r.e().asOf())
                .build();
    }

    private record Ranked(int rank, BookScenarioEntry e) {
    }

    private static Double percent(BookFigure share) {
        return share.known() ? share.value() * 100 : null;
    }
}
