package com.rotationrisk.portfolio.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/**
 * A tab other features add to the portfolio analysis view (reports, later alerts), so that this
 * module does not depend on them. Implementations are Spring beans.
 */
public interface AnalysisTab {

    String title();

    Component create(long portfolioId, LocalDate asOf);
}
