package com.rotationrisk.marketdata.ui;

import com.rotationrisk.base.chart.PriceChart;
import com.rotationrisk.base.ui.ChartImage;
import com.rotationrisk.marketdata.BarSource;
import com.rotationrisk.marketdata.BarStore;
import com.rotationrisk.marketdata.Benchmarks;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.InstrumentSummary;
import com.rotationrisk.marketdata.PriceHistory;
import com.rotationrisk.spreadsheet.Table;
import com.rotationrisk.spreadsheet.ui.ExportButtons;
import com.rotationrisk.uikit.ScreenDates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** The instrument universe: what the firm has prices for, from when to when, and a price chart. */
@Route("instruments")
@PageTitle("Instruments · Rotation Risk")
@Menu(order = 20, title = "Instruments", icon = "vaadin:chart-line")
@PermitAll
public class InstrumentsView extends VerticalLayout {

    private static final NumberFormat PRICE = NumberFormat.getNumberInstance(Locale.US);

    static {
        PRICE.setMinimumFractionDigits(2);
        PRICE.setMaximumFractionDigits(2);
    }

    private final InstrumentCatalog catalog;
    private final BarStore barStore;
    private final Grid<InstrumentSummary> grid = new Grid<>();
    private final Div detail = new Div();

    public InstrumentsView(InstrumentCatalog catalog, BarStore barStore) {
        this.catalog = catalog;
        this.barStore = barStore;
        setSizeFull();
        setId("instruments-view");

        TextField search = new TextField();
        search.setPlaceholder("Search symbol or name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("instrument-search");
        search.addValueChangeListener(e -> grid.setItems(catalog.search(e.getValue())));

        grid.addColumn(InstrumentSummary::symbol).setHeader("Symbol").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.details().name()).setHeader("Name").setSortable(true).setFlexGrow(1);
        grid.addColumn(s -> s.details().assetType()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(s -> orDash(s.details().sector())).setHeader("Sector").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> s.details().sizeBucket() == null ? "—" : s.details().sizeBucket())
                .setHeader("Size").setAutoWidth(true);
        grid.addColumn(s -> s.hasData() ? ScreenDates.format(s.firstDate()) + " – " + ScreenDates.format(s.lastDate())
                        : "no data")
                .setHeader("History").setAutoWidth(true);
        grid.addColumn(s -> s.hasData() ? PRICE.format(s.lastClose()) : "—").setHeader("Last close")
                .setAutoWidth(true);
        grid.addColumn(s -> s.fullBars() ? "OHLCV" : "closes only").setHeader("Bars").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("instrument-grid");
        grid.setEmptyStateText("No instrument matches this search. Check the symbol's spelling; to add a new one, "
                + "import its prices (Import prices), or add it from a portfolio that holds it as an unpriced "
                + "holding.");
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        grid.setItems(catalog.search(""));

        HorizontalLayout searchBar = new HorizontalLayout(search, new ExportButtons("instruments", "instruments",
                () -> Table.of("Instruments", ExportButtons.shownRows(grid))
                        .column("Symbol", InstrumentSummary::symbol)
                        .column("Name", s -> s.details().name())
                        .column("Type", s -> text(s.details().assetType()))
                        .column("Sector", s -> s.details().sector())
                        .column("Industry", s -> s.details().industry())
                        .column("Size", s -> text(s.details().sizeBucket()))
                        .column("First date", s -> s.hasData() ? s.firstDate() : null)
                        .column("Last date", s -> s.hasData() ? s.lastDate() : null)
                        .column("Last close", s -> s.hasData() ? s.lastClose() : null)
                        .column("Bars", s -> s.fullBars() ? "OHLCV" : "closes only")
                        .build()));
        searchBar.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout left = new VerticalLayout(searchBar, grid);
        left.setPadding(false);
        left.setSizeFull();
        detail.setId("instrument-detail");
        detail.getStyle().set("padding", "var(--lumo-space-m)");
        detail.add(new Paragraph("Select an instrument to see its history and price chart."));
        SplitLayout split = new SplitLayout(left, detail);
        split.setSplitterPosition(58);
        split.setSizeFull();

        add(new H2("Instruments"), benchmarkNotice(catalog.benchmarks()), split);
    }

    private static Paragraph benchmarkNotice(Benchmarks benchmarks) {
        String text = benchmarks.hasRotationSpread()
                ? "Rotation spread: " + benchmarks.describe() + " (the firm's default; an analysis may choose another)."
                        + " Relative strength and betas are measured against " + benchmarks.largeCapSymbol() + "."
                : "Rotation spread: not configured — figures that need it are shown as unavailable, never estimated.";
        Paragraph notice = new Paragraph(text);
        notice.setId("benchmark-notice");
        notice.addClassName("notice");
        return notice;
    }

    private void showDetail(InstrumentSummary summary) {
        detail.removeAll();
        if (summary == null) {
            return;
        }
        var d = summary.details();
        detail.add(new H3(d.symbol() + " · " + d.name()));
        HorizontalLayout facts = new HorizontalLayout(
                fact("Type", d.assetType().name()), fact("Sector", orDash(d.sector())),
                fact("Industry", orDash(d.industry())),
                fact("Size", d.sizeBucket() == null ? "—" : d.sizeBucket().name()));
        facts.getStyle().set("flex-wrap", "wrap");
        detail.add(facts);
        if (!summary.hasData()) {
            detail.add(new Paragraph("No prices are stored for this instrument yet."));
            return;
        }
        detail.add(new Paragraph(summary.barCount() + " daily bars from " + ScreenDates.format(summary.firstDate())
                + " to " + ScreenDates.format(summary.lastDate()) + "; last close " + PRICE.format(summary.lastClose()) + "."));
        if (!summary.fullBars()) {
            detail.add(new Paragraph("Closes only for part or all of the history: figures that need the day's "
                    + "high, low or volume are shown as unavailable for those dates."));
        }
        PriceHistory history = barStore.barsUpTo(d.symbol(), LocalDate.MAX);
        detail.add(new ChartImage(new PriceChart(d.symbol() + " daily close")
                .line("Close", history.dates(), history.close()).build(), 640, 320));
        Paragraph provenance = new Paragraph("Source: " + summary.source() + ". Price basis: " + summary.priceBasis()
                + ".");
        provenance.addClassName("provenance");
        detail.add(provenance);
        Grid<BarSource> sources = new Grid<>();
        sources.addColumn(BarSource::source).setHeader("Bars from").setFlexGrow(1);
        sources.addColumn(s -> ScreenDates.format(s.firstDate()) + " – " + ScreenDates.format(s.lastDate())).setHeader("Dates").setAutoWidth(true);
        sources.addColumn(BarSource::bars).setHeader("Bars").setAutoWidth(true);
        sources.addColumn(s -> ScreenDates.formatDateTime(s.fetchedAt())).setHeader("Fetched")
                .setAutoWidth(true);
        sources.setItems(catalog.barSources(d.symbol()));
        sources.setAllRowsVisible(true);
        sources.addThemeVariants(GridVariant.LUMO_COMPACT);
        sources.setId("bar-sources");
        detail.add(sources);
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div fact = new Div(l, new Div(value));
        fact.addClassName("fact");
        return fact;
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String text(Enum<?> value) {
        return value == null ? null : value.toString();
    }
}
