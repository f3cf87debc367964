package com.rotationrisk.watch.ui;

import com.rotationrisk.uikit.BackgroundWork;
import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.AlertRules;
import com.rotationrisk.watch.InvalidAlertSettingsException;
import com.rotationrisk.watch.NightlyRescoring;
import com.rotationrisk.watch.RescoringAdmin;
import com.rotationrisk.watch.RescoringRun;
import com.rotationrisk.watch.RuleSettings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The firm's alert rules for administrators (what every portfolio follows unless its owner overrides a rule), the
 * last re-scoring runs, and a re-scoring started by hand.
 */
@Route("admin/alert-rules")
@PageTitle("Alert rules · Rotation Risk")
@Menu(order = 93, title = "Alert rules", icon = "vaadin:bell-o")
@RolesAllowed("ADMIN")
public class FirmAlertRulesView extends VerticalLayout {

    private final AlertRules rules;
    private final RescoringAdmin rescoring;
    private final SecurityContextHolderStrategy security;
    private final AlertRulesForm form = new AlertRulesForm(AlertRulesForm.Scope.FIRM);
    private final Grid<RescoringRun> runs = new Grid<>();
    private final Button rescoreNow = new Button("Re-score now", VaadinIcon.REFRESH.create());
    private final Paragraph runStatus = new Paragraph();
    private Registration polling;
    private boolean running;

    public FirmAlertRulesView(AlertRules rules, RescoringAdmin rescoring, SecurityContextHolderStrategy security) {
        this.rules = rules;
        this.rescoring = rescoring;
        this.security = security;
        setId("firm-alert-rules-view");
        Paragraph intro = new Paragraph("Every saved portfolio is re-scored each night after the price refresh and "
                + "compared with its previous scoring; these rules decide when that raises an alert. A portfolio's "
                + "owner may override a rule for that portfolio on its History tab; the other rules follow these.");
        intro.addClassName("provenance");
        form.addSaveListener(e -> save(e.settings()));
        showFirmRules();

        rescoreNow.setId("rescore-now");
        rescoreNow.addClickListener(e -> startRun());
        runStatus.setId("rescore-status");
        runStatus.getElement().setAttribute("role", "status");
        runs.addColumn(r -> ScreenDates.formatDateTime(r.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addColumn(RescoringRun::startedBy).setHeader("By").setWidth("12em").setFlexGrow(0);
        runs.addColumn(FirmAlertRulesView::state).setHeader("State").setAutoWidth(true);
        runs.addColumn(RescoringRun::portfolios).setHeader("Portfolios").setAutoWidth(true);
        runs.addColumn(RescoringRun::scored).setHeader("Scored").setAutoWidth(true);
        runs.addColumn(RescoringRun::unchanged).setHeader("Unchanged").setAutoWidth(true);
        runs.addColumn(RescoringRun::notScored).setHeader("Not scored").setAutoWidth(true);
        runs.addColumn(RescoringRun::alerts).setHeader("Alerts").setAutoWidth(true);
        runs.addColumn(r -> r.message() == null ? "" : r.message()).setHeader("Message").setFlexGrow(1);
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setAllRowsVisible(true);
        runs.setId("rescoring-runs");
        runs.setEmptyStateText("No re-scoring has run yet. It runs after each price refresh, on weekdays on a "
                + "schedule, or now with \u201CRe-score now\u201D.");

        add(new H2("Alert rules"), intro, new H3("The firm's rules"), form, new H3("Re-scoring runs"),
                new Paragraph("A run scores every saved portfolio as of its latest trading day, once across all "
                        + "instances; a portfolio already scored for that day with the same holdings is left as it "
                        + "is."),
                rescoreNow, runStatus, runs);
        refreshRuns();
    }

    private void save(Map<AlertRule, RuleSettings.Setting> settings) {
        try {
            rules.saveFirmDefaults(settings);
        } catch (InvalidAlertSettingsException e) {
            form.showProblems(e.problems());
            return;
        }
        showFirmRules();
        form.saved("Saved. Portfolios without an override of a rule follow it from the next re-scoring.");
    }

    private void showFirmRules() {
        RuleSettings firm = rules.firmDefaults();
        form.setSettings(firm, firm, true);
    }

    /** Runs on a thread of its own as this administrator; the page polls until it is done. */
    private void startRun() {
        UI ui = UI.getCurrent();
        running = true;
        rescoreNow.setEnabled(false);
        runStatus.setText("Re-scoring every saved portfolio\u2026");
        ui.setPollInterval(1000);
        BackgroundWork.start("rescore-now", security, () -> {
            Optional<NightlyRescoring.Outcome> outcome;
            try {
                outcome = rescoring.runNow();
            } catch (RuntimeException e) {
                ui.access(() -> finished("The re-scoring stopped: " + e.getMessage() + " The next run takes up "
                        + "what is left."));
                return;
            }
            ui.access(() -> finished(outcome.map(FirmAlertRulesView::done).orElse("Not started: another re-scoring "
                    + "is running (here or on another instance). Its progress shows below; try again when it has "
                    + "finished.")));
        });
    }

    private void finished(String message) {
        running = false;
        rescoreNow.setEnabled(true);
        runStatus.setText(message);
        refreshRuns();
        UI.getCurrent().setPollInterval(-1);
    }

    private static String done(NightlyRescoring.Outcome o) {
        return "Done: " + o.portfolios() + " portfolios, " + o.scored() + " scored, " + o.unchanged() + " unchanged, "
                + o.notScored() + " not scored; " + o.alerts() + (o.alerts() == 1 ? " alert" : " alerts") + " raised.";
    }

    private static String state(RescoringRun r) {
        if (r.finished()) {
            return "Finished " + ScreenDates.formatDateTime(r.finishedAt());
        }
        return "Running, or stopped half-way (the next run resumes it)";
    }

    private void refreshRuns() {
        runs.setItems(rescoring.recentRuns());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> {
            if (running) {
                refreshRuns();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }
}
