package com.rotationrisk.portfolio.ui;

import com.rotationrisk.base.ui.LeavesWhenAccessEnds;
import com.rotationrisk.uikit.ScreenDates;
import com.rotationrisk.marketdata.InstrumentCatalog;
import com.rotationrisk.marketdata.Ticker;
import com.rotationrisk.portfolio.ConcurrentEditException;
import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.HoldingsImportService;
import com.rotationrisk.portfolio.InvalidPortfolioException;
import com.rotationrisk.portfolio.PortfolioDetails;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Enter or change a client portfolio. Nothing is stored until Save; leaving with unsaved changes
 * asks first; a teammate's save in between is shown, never silently overwritten. The form itself is
 * {@link HoldingsForm}.
 */
@Route("portfolios/edit")
@PermitAll
public class PortfolioEditorView extends VerticalLayout implements HasUrlParameter<Long>, BeforeLeaveObserver,
        LeavesWhenAccessEnds, HasDynamicTitle {

    private final PortfolioService portfolios;
    private final H2 title = new H2("New portfolio");
    private final HoldingsForm form;
    private final Div nextStep = new Div();

    private Long id;
    private long version;
    private PortfolioDraft opened;

    public PortfolioEditorView(PortfolioService portfolios, InstrumentCatalog catalog,
                               HoldingsImportService holdingsImport) {
        this.portfolios = portfolios;
        setId("portfolio-editor");
        setSizeFull();
        Map<String, String> universe = new LinkedHashMap<>();
        universe.put(Ticker.CASH, "Cash (1 unit = 1 USD)");
        universe.putAll(catalog.names());
        form = new HoldingsForm(universe, ScreenDates.locale());
        form.addSaveListener(e -> save(e.draft()));
        form.addCloseListener(e -> leave());
        form.addImportListener(e -> new HoldingsImportDialog(holdingsImport, this::applyImport).open());
        nextStep.setId("next-step");
        nextStep.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(title, form.unsavedFlag());
        header.setAlignItems(Alignment.BASELINE);
        add(header, nextStep, form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long portfolioId) {
        if (portfolioId == null) {
            return;
        }
        load(portfolios.open(portfolioId));
    }

    private void load(PortfolioDetails details) {
        id = details.id();
        version = details.version();
        opened = details.content();
        title.setText(details.content().clientName());
        form.setContent(details.content(), details.access().mayEdit());
    }

    private void applyImport(List<HoldingInput> imported, boolean replace) {
        form.addHoldings(imported, replace);
        Notification.show(imported.size() + " holdings " + (replace ? "loaded" : "added")
                + ". Review them, then Save.");
    }

    private void save(PortfolioDraft draft) {
        form.setNotice("");
        try {
            boolean first = id == null;
            PortfolioDetails saved = first ? portfolios.create(draft) : portfolios.save(id, draft, version, opened);
            load(saved);
            Notification.show("Saved \"" + saved.content().clientName() + "\"", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "portfolios/edit/" + saved.id()));
            if (first) {
                offerAnalysis(saved.id());
            }
        } catch (InvalidPortfolioException e) {
            form.showProblems(e.problems());
        } catch (ConcurrentEditException e) {
            new ConflictDialog(e, draft, opened, this::load, this::overwrite).open();
        } catch (AccessDeniedException e) {
            if (id != null) {
                portfolios.open(id); // no access at all any more: refused again, and the view closes to the list
            }
            form.setNotice("Your access to this portfolio is view-only now; nothing was saved.");
        } finally {
            form.saveFinished();
        }
    }

    /** After the first save the advisor's next question is how exposed the client is. */
    private void offerAnalysis(long portfolioId) {
        Button view = new Button("View risk analysis", VaadinIcon.ARROW_RIGHT.create(), e -> getUI().ifPresent(ui ->
                ui.navigate(PortfolioAnalysisView.class, portfolioId)));
        view.setId("view-analysis");
        view.setIconAfterText(true);
        view.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        nextStep.removeAll();
        nextStep.add(new Span("Saved. Next: see how exposed this client is. "), view);
        nextStep.addClassName("notice");
        nextStep.setVisible(true);
    }

    private void overwrite(PortfolioDetails current) {
        version = current.version();
        opened = current.content();
        save(form.draft());
    }

    private void leave() {
        if (id == null) {
            getUI().ifPresent(ui -> ui.navigate(PortfolioListView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(PortfolioAnalysisView.class, id));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.isDirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        new DiscardChangesDialog(() -> {
            form.setDirty(false);
            action.proceed();
        }).open();
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> whereToGo() {
        return PortfolioListView.class;
    }

    @Override
    public String accessEndedMessage() {
        return PortfolioAnalysisView.ACCESS_ENDED + " Your unsaved changes were not stored.";
    }

    /** "New portfolio", or "Edit" with the client's name, so that a tab or a screen reader says which one this is. */
    @Override
    public String getPageTitle() {
        return (id == null ? "New portfolio" : "Edit " + title.getText()) + " · Rotation Risk";
    }
}
