package com.rotationrisk.watch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.watch.AlertRule;
import com.rotationrisk.watch.RuleSettings;
import com.rotationrisk.watch.RuleSettings.Setting;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The alert-rule editor without a browser: what the person sets, what Save sends, what is shown. */
class AlertRulesFormTest {

    private static final RuleSettings FIRM = settings(false, Map.of());

    private final AlertRulesForm form = new AlertRulesForm(AlertRulesForm.Scope.PORTFOLIO);
    private final List<Map<AlertRule, Setting>> saved = new ArrayList<>();
    private int resets;

    AlertRulesFormTest() {
        form.addSaveListener(e -> saved.add(e.settings()));
        form.addUseFirmListener(e -> resets++);
    }

    @Test
    void saveShowsEveryThresholdProblemAtItsFieldAtOnceAndSendsNothing() {
        form.setSettings(FIRM, FIRM, true);
        form.threshold(AlertRule.DIMENSION_ROSE).setValue(0.0);
        form.threshold(AlertRule.GRADE_WORSENED).setValue(1.5);
        form.threshold(AlertRule.PRICES_STALE).clear();
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.shownProblems()).containsOnly(
                Map.entry("threshold.DIMENSION_ROSE", "Between 1 and 100 points."),
                Map.entry("threshold.GRADE_WORSENED", "A whole number of bands."),
                Map.entry("threshold.PRICES_STALE", "Enter a threshold in days."));
        assertThat(form.threshold(AlertRule.DIMENSION_ROSE).isInvalid()).isTrue();
        assertThat(form.statusText()).isEqualTo("3 problems to fix; nothing was saved.");

        form.threshold(AlertRule.DIMENSION_ROSE).setValue(12.0);
        form.threshold(AlertRule.GRADE_WORSENED).setValue(2.0);
        form.threshold(AlertRule.PRICES_STALE).setValue(5.0);
        form.save.click();
        assertThat(form.shownProblems()).isEmpty();
        assertThat(saved).hasSize(1);
    }

    @Test
    void onlyRulesThatDifferFromTheFirmAreSentAsOverridesAndEachRuleSaysWhichItFollows() {
        form.setSettings(FIRM, FIRM, true);
        assertThat(form.stateText(AlertRule.DIMENSION_ROSE)).isEqualTo("Follows the firm");
        assertThat(form.useFirm.isEnabled()).isFalse(); // nothing to reset

        form.threshold(AlertRule.DIMENSION_ROSE).setValue(15.0);
        form.enabled(AlertRule.NEW_FLAG).setValue(false);
        assertThat(form.stateText(AlertRule.DIMENSION_ROSE)).isEqualTo("Overridden (firm: on at 10 points)");
        assertThat(form.stateText(AlertRule.NEW_FLAG)).isEqualTo("Overridden (firm: on)");
        form.save.click();

        assertThat(saved).singleElement().satisfies(sent -> {
            assertThat(sent).containsOnlyKeys(AlertRule.DIMENSION_ROSE, AlertRule.NEW_FLAG);
            assertThat(sent.get(AlertRule.DIMENSION_ROSE)).isEqualTo(new Setting(true, 15, true));
            assertThat(sent.get(AlertRule.NEW_FLAG).enabled()).isFalse();
        });

        // set back to the firm's value, a rule follows the firm again
        form.threshold(AlertRule.DIMENSION_ROSE).setValue(10.0);
        assertThat(form.stateText(AlertRule.DIMENSION_ROSE)).isEqualTo("Follows the firm");
        assertThat(form.edited()).containsOnlyKeys(AlertRule.NEW_FLAG);
    }

    @Test
    void aStoredOverrideLeftAsItWasStaysAnOverrideAndUseTheFirmsRulesAsksToDropThemAll() {
        // the owner pinned the firm's own value: a later change of the firm's rule must not move it
        RuleSettings applied = settings(true, Map.of(AlertRule.WORST_CASE_DEEPENED, 3.0));
        form.setSettings(applied, FIRM, true);
        assertThat(form.stateText(AlertRule.WORST_CASE_DEEPENED))
                .isEqualTo("Overridden (firm: on at 3 percentage points)");
        assertThat(form.edited()).containsOnlyKeys(AlertRule.WORST_CASE_DEEPENED);

        assertThat(form.useFirm.isEnabled()).isTrue();
        form.useFirm.click();
        assertThat(resets).isEqualTo(1);
    }

    @Test
    void problemsTheServiceFindsAreShownAtTheirFields() {
        form.setSettings(FIRM, FIRM, true);
        form.showProblems(Map.of("threshold.POSITION_CROSSED", "Between 1 and 100 score.",
                "threshold.WORST_CASE_DEEPENED", "Between 0.1 and 100 percentage points."));
        assertThat(form.threshold(AlertRule.POSITION_CROSSED).getErrorMessage()).isEqualTo("Between 1 and 100 score.");
        assertThat(form.threshold(AlertRule.WORST_CASE_DEEPENED).isInvalid()).isTrue();
        assertThat(form.statusText()).isEqualTo("2 problems to fix; nothing was saved.");
    }

    @Test
    void readersWhoAreNotTheOwnerSeeTheRulesWithoutSave() {
        form.setSettings(FIRM, FIRM, false);
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.useFirm.isVisible()).isFalse();
        assertThat(form.threshold(AlertRule.DIMENSION_ROSE).isReadOnly()).isTrue();
        assertThat(form.enabled(AlertRule.DIMENSION_ROSE).isReadOnly()).isTrue();
    }

    @Test
    void theFirmsFormSendsEveryRuleAndShowsBoundsAndUnits() {
        AlertRulesForm firm = new AlertRulesForm(AlertRulesForm.Scope.FIRM);
        List<Map<AlertRule, Setting>> sent = new ArrayList<>();
        firm.addSaveListener(e -> sent.add(e.settings()));
        firm.setSettings(FIRM, FIRM, true);
        assertThat(firm.useFirm.isVisible()).isFalse();
        assertThat(firm.threshold(AlertRule.WORST_CASE_DEEPENED).getHelperText())
                .isEqualTo("From 0.1 to 100 percentage points");
        assertThat(firm.threshold(AlertRule.NEW_FLAG).isVisible()).isFalse();

        firm.threshold(AlertRule.WORST_CASE_DEEPENED).setValue(2.5);
        firm.save.click();
        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s).containsOnlyKeys(AlertRule.values());
            assertThat(s.get(AlertRule.WORST_CASE_DEEPENED)).isEqualTo(new Setting(true, 2.5, false));
        });
    }

    /** The firm's usual settings, with {@code overrides} applied (marked overridden when {@code overridden}). */
    private static RuleSettings settings(boolean overridden, Map<AlertRule, Double> overrides) {
        Map<AlertRule, Setting> out = new EnumMap<>(AlertRule.class);
        out.put(AlertRule.GRADE_WORSENED, new Setting(true, 1, false));
        out.put(AlertRule.DIMENSION_ROSE, new Setting(true, 10, false));
        out.put(AlertRule.POSITION_CROSSED, new Setting(true, 70, false));
        out.put(AlertRule.NEW_FLAG, new Setting(true, 1, false));
        out.put(AlertRule.WORST_CASE_DEEPENED, new Setting(true, 3, false));
        out.put(AlertRule.PRICES_STALE, new Setting(false, 5, false));
        overrides.forEach((rule, t) -> out.put(rule, new Setting(out.get(rule).enabled(), t, overridden)));
        return new RuleSettings(out);
    }
}
