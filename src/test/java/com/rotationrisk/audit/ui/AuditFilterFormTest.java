package com.rotationrisk.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditFilter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The audit view's filters without a browser: labelled fields, what they read, errors at the field. */
class AuditFilterFormTest {

    @Test
    void everyFieldHasAVisibleLabel() {
        AuditFilterForm form = new AuditFilterForm();
        assertThat(form.user.getLabel()).isEqualTo("User");
        assertThat(form.portfolio.getLabel()).isEqualTo("Portfolio id");
        assertThat(form.action.getLabel()).isEqualTo("Action");
        assertThat(form.from.getLabel()).isEqualTo("From");
        assertThat(form.to.getLabel()).isEqualTo("To");
    }

    @Test
    void theFieldsReadAsAFilter() {
        AuditFilterForm form = new AuditFilterForm();
        assertThat(form.filter()).contains(AuditFilter.ALL);
        form.user.setValue(" alice ");
        form.portfolio.setValue("42");
        form.action.setValue(AuditAction.REPORT_GENERATED);
        form.from.setValue(LocalDate.of(2026, 1, 1));
        form.to.setValue(LocalDate.of(2026, 1, 31));
        assertThat(form.filter()).contains(new AuditFilter("alice", 42L, AuditAction.REPORT_GENERATED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(form.action.getItemLabelGenerator().apply(AuditAction.REPORT_GENERATED))
                .isEqualTo("Report generated");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsAnErrorAtTheFromField() {
        AuditFilterForm form = new AuditFilterForm();
        form.from.setValue(LocalDate.of(2026, 2, 1));
        form.to.setValue(LocalDate.of(2026, 1, 31));
        assertThat(form.filter()).isEmpty();
        assertThat(form.from.isInvalid()).isTrue();
        assertThat(form.from.getErrorMessage()).contains("on or before the last day");
        form.to.setValue(LocalDate.of(2026, 2, 1));
        assertThat(form.filter()).isPresent();
        assertThat(form.from.isInvalid()).isFalse();
    }

    @Test
    void aPortfolioIdTooLargeForANumberIsAnErrorAtItsField() {
        AuditFilterForm form = new AuditFilterForm();
        form.portfolio.setValue("999999999999999999");
        assertThat(form.filter()).isPresent();
        form.portfolio.setValue("99999999999999999999");
        assertThat(form.filter()).isEmpty();
        assertThat(form.portfolio.isInvalid()).isTrue();
    }
}
