package com.rotationrisk.portfolio.ui;

import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.portfolio.AccessRole;
import com.rotationrisk.portfolio.PriceCoverage;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.audit.AuditService;
import com.rotationrisk.portfolio.PortfolioService;
import com.rotationrisk.portfolio.PortfolioSharing;
import com.rotationrisk.base.ui.LeavesWhenAccessEnds;
import com.rotationrisk.risk.RiskService;
import com.rotationrisk.risk.engine.Dimension;
import com.rotationrisk.risk.engine.ModelConfig;
import com.rotationrisk.risk.engine.PortfolioAssessment;
import com.rotationrisk.risk.engine.PortfolioDimension;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.PriceFetchService;
import com.rotationrisk.risk.engine.Formats;
import com.rotationrisk.risk.engine.Glossary;
import com.rotationrisk.risk.engine.GradeNarrative;
import com.rotationrisk.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** One portfolio scored as of a date: grade, three dimensions, positions, scenarios, flags, charts. */
@Route("portfolios/view")
@PermitAll
public class PortfolioAnalysisView extends VerticalLayout implements HasUrlParameter<Long>, LeavesWhenAccessEnds,
        HasDynamicTitle {

    private final PortfolioService portfolios;
    private final PortfolioSharing sharing;
    private final AuditService audit;
    private final InstrumentCatalog catalog;
    private final PriceFetchService fetch;
    private final CurrentUser currentUser;
    private final RiskService risk;
    private final PositionDetailPanel positionPanel;
    private final List<AnalysisTab> extraTabs;
    private final AsOfPicker asOf = new AsOfPicker(ScreenDates.locale());
    private final Select<String> spread = new Select<>();
    private final Div body = new Div();
    private final H2 title = new H2();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final ScenarioSetPanel scenarioSet = new ScenarioSetPanel(() -> render(asOf.getValue()));
    private long id;
    private PriceCoverage coverage;

    /** Older data than this (calendar days, a long weekend plus a holiday) gets a banner. */
    static final int STALE_AFTER_DAYS = 5;

    public PortfolioAnalysisView(PortfolioService portfolios, PositionDetailPanel positionPanel,
                                 List<AnalysisTab> extraTabs, InstrumentCatalog catalog, PriceFetchService fetch,
                                 CurrentUser currentUser, RiskService risk, PortfolioSharing sharing,
                                 AuditService audit) {
        this.portfolios = portfolios;
        this.audit = audit;
        this.sharing = sharing;
        this.risk = risk;
        this.catalog = catalog;
        this.fetch = fetch;
        this.currentUser = currentUser;
        this.extraTabs = extraTabs;
        this.positionPanel = positionPanel;
        setId("portfolio-analysis");
        asOf.setId("as-of");
        asOf.setWidth("15em");
        asOf.setMax(LocalDate.now());
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dateChosen(e.getValue());
            }
        });
        asOf.getElement().addEventListener("unparsable-change", e -> dateChosen(null));
        spread.setLabel("Rotation spread");
        spread.setId("rotation-spread");
        spread.setItems(portfolios.spreadNames());
        spread.setValue(portfolios.spreadNames().isEmpty() ? null : portfolios.spreadNames().getFirst());
        spread.setWidth("18em");
        spread.addValueChangeListener(e -> {
            if (e.isFromClient() && asOf.getValue() != null) {
                render(asOf.getValue());
            }
        });
        body.setWidthFull();
        HorizontalLayout header = new HorizontalLayout(title, actions, spread, asOf);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setWrap(true);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.BASELINE);
        header.expand(actions);
        add(header, scenarioSet, body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long portfolioId) {
        id = portfolioId;
        List<String> askedDate = event.getLocation().getQueryParameters().getParameters().getOrDefault("asOf", List.of());
        PortfolioDetails details = portfolios.open(id);
        title.setText(details.content().clientName());
        actions.removeAll();
        actions.add(new Span("Owner " + details.ownerName() + " · " + details.content().holdings().size()
                + " holdings"));
        if (details.access().mayEdit()) {
            Button edit = new Button("Edit holdings", e -> getUI().ifPresent(ui ->
                    ui.navigate(PortfolioEditorView.class, id)));
            edit.setId("edit-portfolio");
            actions.add(edit);
        }
        Button share = new Button(details.access() == AccessRole.OWNER ? "Share…" : "Who has access",
                e -> new SharingDialog(sharing, currentUser, id, () -> getUI().ifPresent(ui -> ui.navigate(
                        PortfolioAnalysisView.class, id))).open());
        share.setId("share-portfolio");
        actions.add(share);
        if (details.access() == AccessRole.OWNER) {
            Button history = new Button("History", e -> new PortfolioHistoryDialog(audit, id,
                    details.content().clientName()).open());
            history.setId("portfolio-history-button");
            actions.add(history);
        }
        scenarioSet.show(portfolios, id, details.access().mayEdit());
        coverage = portfolios.priceCoverage(id);
        limitPickerToCoverage();
        if (askedDate.isEmpty()) {
            renderAtDefaultDate();
        } else {
            openAt(askedDate.getFirst());
        }
    }

    /** The dates with prices are the ones the picker offers; its helper text names them. */
    private void limitPickerToCoverage() {
        if (coverage == null) {
            asOf.setMin(null);
            asOf.setMax(LocalDate.now());
            asOf.setHelperText("No prices yet for these holdings");
            return;
        }
        asOf.setMin(coverage.first());
        asOf.setMax(coverage.last());
        asOf.setHelperText("Prices from " + ScreenDates.format(coverage.first()) + " to "
                + ScreenDates.format(coverage.last()));
    }

    /** A date from the address ({@code ?asOf=2001-01-02}): shown if it has data, refused in words otherwise. */
    private void openAt(String asked) {
        java.util.Optional<LocalDate> date = ScreenDates.fromIso(asked);
        if (date.isEmpty()) {
            asOf.clear();
            refuse("The address asks for the date \u201C" + shorten(asked) + "\u201D, which is not a date. In an "
                    + "address write it as 2001-01-02; in the field as " + ScreenDates.acceptedFormats(
                    ScreenDates.locale()) + ".");
            return;
        }
        asOf.setValue(date.get());
        String problem = dateProblem(date.get());
        if (problem != null) {
            refuse(problem);
        } else {
            showValid(date.get());
        }
    }

    /** The advisor typed or picked a date (null: text that is not a date, or an emptied field). */
    private void dateChosen(LocalDate date) {
        if (date == null) {
            if (asOf.hasUnreadableText()) {
                refuse("That is not a date. Type it like " + ScreenDates.acceptedFormats(ScreenDates.locale())
                        + ", or pick one in the calendar.");
            } else {
                renderAtDefaultDate();
            }
            return;
        }
        String problem = dateProblem(date);
        if (problem != null) {
            refuse(problem);
            return;
        }
        showValid(date);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("portfolios/view/" + id,
                QueryParameters.of("asOf", ScreenDates.iso(date)))));
    }

    /** Why nothing can be shown for this date, or null when it has prices. */
    private String dateProblem(LocalDate date) {
        if (date.isAfter(LocalDate.now())) {
            return "Choose a date up to today: there are no prices after " + ScreenDates.format(LocalDate.now()) + ".";
        }
        if (coverage == null || coverage.contains(date)) {
            return null;
        }
        String range = "choose a date from " + ScreenDates.format(coverage.first()) + " to "
                + ScreenDates.format(coverage.last()) + ".";
        return date.isBefore(coverage.first())
                ? "No prices before " + ScreenDates.format(coverage.first()) + " for these holdings: " + range
                : "No prices after " + ScreenDates.format(coverage.last()) + " for these holdings: " + range;
    }

    /** Says what is wrong at the field and takes the numbers off the screen: they would pass for this date's. */
    private void refuse(String message) {
        asOf.setErrorMessage(message);
        asOf.setInvalid(true);
        body.removeAll();
        Paragraph problem = new Paragraph(message + " Nothing is shown until a date with prices is chosen.");
        problem.setId("as-of-problem");
        problem.addClassName("notice");
        problem.getElement().setAttribute("role", "alert");
        body.add(problem);
    }

    private void showValid(LocalDate date) {
        asOf.setInvalid(false);
        asOf.setErrorMessage(null);
        render(date);
    }

    private static String shorten(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "\u2026";
    }

    private void render(LocalDate date) {
        body.removeAll();
        if (date == null) {
            body.add(new Paragraph("None of the holdings has price history yet, so nothing can be scored."),
                    unpricedActions(portfolios.holdingsNeedingPrices(id)));
            return;
        }
        PortfolioAssessment a = portfolios.analyse(id, date, spread.getValue());
        body.add(dataAge(a), kpis(a), narrative(a), coverage(a), issues(a));
        TabSheet tabs = new TabSheet();
        tabs.add(PositionsTab.TITLE, PositionsTab.create(a, bands(), positionPanel,
                () -> unpricedActions(portfolios.holdingsNeedingPrices(id))));
        tabs.add(ScenariosTab.TITLE, ScenariosTab.create(a));
        tabs.add(BehaviourTab.TITLE, BehaviourTab.create(a));
        tabs.add(ChartsTab.TITLE, ChartsTab.create(a));
        extraTabs.forEach(tab -> tabs.add(tab.title(), tab.create(id, date)));
        tabs.setWidthFull();
        tabs.setId("analysis-tabs");
        body.add(tabs);
    }

    private Component kpis(PortfolioAssessment a) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        Div grade = kpi("Overall grade", GradeBadge.of(a.grade()));
        grade.add(help(a.grade().graded() ? "Score " + Formats.score(a.grade().score().getAsDouble()) + " of 100"
                : "See the reason below"));
        grade.setId("overall-grade");
        grade.setTitle(Glossary.text(Glossary.OVERALL_GRADE) + " " + a.grade().rule());
        row.add(grade);
        for (Dimension dim : Dimension.values()) {
            PortfolioDimension d = a.dimensions().get(dim);
            Div box = kpi(ScoreFormat.label(dim), d.assessed() ? ScoreFormat.chip(d.score(), bands())
                    : ScoreFormat.notAssessed());
            box.add(help(d.assessed() ? Formats.share(d.weightAtOrAboveHigh()) + " of the value is in holdings "
                    + "scoring " + Formats.score(d.highThreshold()) + " or more; the score covers "
                    + Formats.share(d.coveredShare()) + " of the value." : d.notAssessedReason()));
            box.setTitle(Glossary.text(Glossary.key(dim)));
            box.setId("kpi-" + dim.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            row.add(box);
        }
        row.add(worstCase(a));
        Paragraph rule = new Paragraph("Rotation spread: " + a.rotationSpread() + ". " + a.grade().rule()
                + " Market regime: " + a.regime().explanation()
                + " Model " + a.modelVersion() + ", total value $" + Formats.money(a.totalMarketValue()) + ".");
        rule.addClassName("provenance");
        rule.setId("grade-rule");
        VerticalLayout box = new VerticalLayout(row, rule);
        box.setPadding(false);
        return box;
    }

    /** Says how old the data is when the as-of date lies more than a few days before today. */
    private static Component dataAge(PortfolioAssessment a) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(a.asOf(), LocalDate.now());
        Div box = new Div();
        box.setId("data-age");
        if (days > STALE_AFTER_DAYS) {
            box.setText("These numbers use prices of " + ScreenDates.format(a.asOf()) + ", " + String.format(Locale.ROOT, "%,d", days)
                    + " days before today: they describe the portfolio as it stood then, not today.");
            box.addClassName("notice");
        }
        return box;
    }

    /** The sentences behind the grade, generated from its drivers. */
    private Component narrative(PortfolioAssessment a) {
        Paragraph p = new Paragraph(String.join(" ", GradeNarrative.sentences(a, risk.config())));
        p.setId("grade-narrative");
        return p;
    }

    /** The largest loss among the assessed scenarios, and which scenarios could not be assessed. */
    private static Div worstCase(PortfolioAssessment a) {
        List<String> notAssessed = a.scenarios().stream().filter(r -> !r.assessed()).map(r -> r.name()).toList();
        Div box = a.worstCase().map(w -> {
            Div b = kpi("Worst case", new Span(Formats.signedPercent(w.impactPct()) + " · "
                    + Formats.dollars(w.impactCurrency())));
            b.add(help(w.scenarioName()));
            return b;
        }).orElseGet(() -> kpi("Worst case", notAssessed.isEmpty() ? new Span("no loss in any scenario")
                : ScoreFormat.notAssessed()));
        if (!notAssessed.isEmpty()) {
            box.add(help("Not assessed: " + String.join(", ", notAssessed) + "."));
        }
        box.setTitle(Glossary.text(Glossary.WORST_CASE));
        box.setId("kpi-worst-case");
        return box;
    }

    private static Div help(String text) {
        Span span = new Span(text);
        span.addClassName("kpi-help");
        return new Div(span);
    }

    /** How much of the portfolio the numbers describe; never lets a partial portfolio pass for the whole. */
    private Component coverage(PortfolioAssessment a) {
        Paragraph line = new Paragraph(a.coverage().summary());
        line.setId("coverage");
        line.addClassName(a.coverage().complete() ? "provenance" : "notice");
        return line;
    }

    private static Div kpi(String label, Component... values) {
        Span l = new Span(label);
        l.addClassName("kpi-label");
        Div value = new Div(values);
        value.addClassName("kpi-value");
        Div box = new Div(new Div(l), value);
        box.addClassName("kpi");
        return box;
    }

    /** Problems with the input (unknown, duplicate, stale, …) in full; data gaps as one line. */
    private Component issues(PortfolioAssessment a) {
        Set<String> messages = new LinkedHashSet<>();
        Set<String> dataGaps = new TreeSet<>();
        Stream.concat(a.issues().stream(), a.positions().stream().flatMap(p -> p.issues().stream()))
                .forEach(i -> {
                    switch (i.code()) {
                        case BENCHMARK_MISSING, INSUFFICIENT_HISTORY -> dataGaps.add(i.ticker());
                        default -> messages.add(i.message());
                    }
                });
        Div box = new Div();
        box.setId("holding-issues");
        if (messages.isEmpty() && dataGaps.isEmpty()) {
            return box;
        }
        box.addClassName("notice");
        if (!messages.isEmpty()) {
            UnorderedList list = new UnorderedList();
            messages.forEach(m -> list.add(new ListItem(m)));
            box.add(new Span("Check these holdings:"), list);
        }
        if (!dataGaps.isEmpty()) {
            String who = dataGaps.size() <= 8 ? String.join(", ", dataGaps)
                    : String.join(", ", dataGaps.stream().limit(8).toList()) + " and " + (dataGaps.size() - 8) + " more";
            box.add(new Paragraph("Some components of " + who + " are not scored: the "
                    + "history is too short, closes only, or a leg of the rotation spread has no prices at this date. "
                    + "They are left out and the weights renormalised, never estimated; each position's breakdown "
                    + "says which."));
        }
        return box;
    }

    private ModelConfig.Grade bands() {
        return risk.config().grade();
    }

    private void renderAtDefaultDate() {
        LocalDate date = portfolios.defaultAsOf(id);
        asOf.setValue(date);
        showValid(date);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "portfolios/view/" + id));
    }

    private Component unpricedActions(List<String> tickers) {
        return new UnpricedActions(tickers, currentUser.require().mayImportPrices(), catalog, fetch, () -> {
            coverage = portfolios.priceCoverage(id); // fetched prices widen the dates with data
            limitPickerToCoverage();
            renderAtDefaultDate();
        });
    }

    @Override
    public Class<? extends Component> whereToGo() {
        return PortfolioListView.class;
    }

    @Override
    public String accessEndedMessage() {
        return ACCESS_ENDED;
    }

    static final String ACCESS_ENDED = "You no longer have access to this portfolio: its owner stopped sharing it "
            + "with you, or it was deleted.";

    /** The client's name first, so that a tab or a screen reader says which portfolio this is. */
    @Override
    public String getPageTitle() {
        return (title.getText().isEmpty() ? "" : title.getText() + " · ") + "Portfolio analysis · Rotation Risk";
    }
}
