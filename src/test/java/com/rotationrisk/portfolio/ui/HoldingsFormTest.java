package com.rotationrisk.portfolio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.portfolio.HoldingInput;
import com.rotationrisk.portfolio.PortfolioDraft;
import com.rotationrisk.portfolio.PortfolioRules.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holdings form's rules, without a browser: what the advisor types, what is stored, what is shown. */
class HoldingsFormTest {

    private static final Map<String, String> UNIVERSE = Map.of("CASH", "Cash (1 unit = 1 USD)",
            "AAPL", "Apple Inc.", "MSFT", "Microsoft Corp.", "IBM", "International Business Machines");

    private final HoldingsForm form = new HoldingsForm(UNIVERSE, Locale.US);
    private final List<PortfolioDraft> saved = new ArrayList<>();

    HoldingsFormTest() {
        form.addSaveListener(e -> saved.add(e.draft()));
    }

    private void row(String ticker, String quantity, String cost) {
        form.addRow();
        int row = form.rows().size() - 1;
        form.typeTicker(row, ticker);
        form.typeAmount(row, EditableHolding.QUANTITY, quantity);
        form.typeAmount(row, EditableHolding.COST, cost);
    }

    @Test
    void saveShowsEveryProblemAtOnceWithASummaryAndSendsNothing() {
        row("B@D", "100", "");
        row("IBM", "-5", "");
        row("MSFT", "10", "abc");
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.shownProblems()).extracting(Problem::field)
                .containsExactly("clientName", "ticker", "quantity", "costBasis");
        assertThat(form.summaryText()).startsWith("4 problems to fix before saving:")
                .contains("Enter the client's name.", "Row 1: ticker 'B@D' has invalid characters",
                        "Row 2: the quantity of IBM must be more than zero (short positions are not supported).",
                        "Row 3: the cost basis \u201Cabc\u201D cannot be read as an amount; write it like 1,234.56.");
        assertThat(form.clientName.isInvalid()).isTrue();
        assertThat(form.rows().get(2).errors).containsKey(EditableHolding.COST);
        assertThat(form.save.isEnabled()).isTrue();
    }

    @Test
    void errorsStayVisibleWhenARowIsAddedAndGoOneByOneAsTheyAreFixed() {
        row("IBM", "-5", "");
        row("MSFT", "abc", "");
        form.save.click();
        assertThat(form.shownProblems()).hasSize(3);

        form.addRow();
        assertThat(form.shownProblems()).hasSize(3); // the new row's blanks wait until it is left or saved
        assertThat(form.shownProblems()).extracting(Problem::message).contains(
                "Row 2: the quantity of IBM must be more than zero (short positions are not supported).".replace(
                        "Row 2", "Row 1"), "Row 2: the quantity \u201Cabc\u201D cannot be read as an amount; "
                        + "write it like 1,234.56.");
        form.removeRow(form.rows().get(2));
        form.typeAmount(0, EditableHolding.QUANTITY, "5");
        assertThat(form.shownProblems()).extracting(Problem::field).containsExactly("clientName", "quantity");
        form.clientName.setValue("Wong");
        form.typeAmount(1, EditableHolding.QUANTITY, "7");
        form.save.click();
        assertThat(form.summaryText()).isEmpty();
        assertThat(saved).hasSize(1);
    }

    @Test
    void beforeTheFirstSaveOnlyFieldsTheAdvisorLeftShowTheirProblem() {
        form.addRow();
        assertThat(form.shownProblems()).isEmpty();
        form.typeAmount(0, EditableHolding.QUANTITY, "-1");
        assertThat(form.shownProblems()).extracting(Problem::field).containsExactly("quantity");
        assertThat(form.summaryText()).isEmpty();
    }

    @Test
    void aTypedNameCommitsTheOneInstrumentTheListShows() {
        form.addRow();
        assertThat(form.typeTicker(0, "apple")).isEqualTo("AAPL");
        assertThat(form.typeTicker(0, "ibm")).isEqualTo("IBM");
        assertThat(form.typeTicker(0, "brk/b")).isEqualTo("BRK.B"); // no match: the text, spelled as a ticker
        assertThat(form.typeTicker(0, "corp")).isEqualTo("MSFT");
        assertThat(form.typeTicker(0, "m")).isEqualTo("M"); // several matches: the typed ticker itself
    }

    @Test
    void amountsAcceptThousandsSeparatorsAndCurrencySignsOfTheLocale() {
        row("AAPL", "1,000", "$1,000.50");
        assertThat(form.rows().getFirst().quantity).isEqualByComparingTo("1000");
        assertThat(form.rows().getFirst().costBasis).isEqualByComparingTo("1000.50");

        HoldingsForm german = new HoldingsForm(UNIVERSE, Locale.GERMANY);
        german.addRow();
        german.typeAmount(0, EditableHolding.QUANTITY, "1.000,5");
        german.typeAmount(0, EditableHolding.COST, "12,30 €");
        assertThat(german.rows().getFirst().quantity).isEqualByComparingTo("1000.5");
        assertThat(german.rows().getFirst().costBasis).isEqualByComparingTo("12.30");
    }

    @Test
    void anUnreadableAmountIsKeptAsTypedWithAMessageNeverBlanked() {
        row("AAPL", "1,0,0", "");
        EditableHolding h = form.rows().getFirst();
        assertThat(h.quantity).isNull();
        assertThat(h.unreadable).containsEntry(EditableHolding.QUANTITY, "1,0,0");
        assertThat(h.errors.get(EditableHolding.QUANTITY))
                .isEqualTo("Row 1: the quantity \u201C1,0,0\u201D cannot be read as an amount; write it like 1,234.56.");
        form.typeAmount(0, EditableHolding.QUANTITY, "9".repeat(5_000));
        assertThat(h.errors.get(EditableHolding.QUANTITY)).contains("is too long to be an amount");
        form.typeAmount(0, EditableHolding.QUANTITY, "99999999999999999"); // 17 digits: readable, not storable
        assertThat(h.errors.get(EditableHolding.QUANTITY)).contains("has too many digits");
    }

    @Test
    void saveIsIgnoredWhileTheFirstSaveIsRunning() {
        form.clientName.setValue("Once");
        row("AAPL", "10", "");
        form.save.click();
        form.save.click();
        assertThat(saved).hasSize(1);
        assertThat(form.save.isEnabled()).isFalse();
        assertThat(form.isSaving()).isTrue();
        form.saveFinished();
        assertThat(form.save.isEnabled()).isTrue();
        form.save.click();
        assertThat(saved).hasSize(2);
    }

    @Test
    void aLongClientNameIsCountedAndRefusedNeverCut() {
        String name = "N".repeat(249);
        form.clientName.setValue(name);
        form.save.click();
        assertThat(form.clientName.getValue()).hasSize(249);
        assertThat(form.clientName.getMaxLength()).isZero();
        assertThat(form.clientName.getHelperText()).isEqualTo("249 / 200 characters");
        assertThat(form.clientName.getErrorMessage())
                .isEqualTo("The client name must be at most 200 characters (it has 249).");
        assertThat(saved).isEmpty();
        form.notes.setValue("n".repeat(4_001));
        assertThat(form.notes.getHelperText()).isEqualTo("4001 / 4,000 characters");
    }

    @Test
    void aViewerGetsAReadOnlyFormWithoutAnEnabledSave() {
        form.setContent(new PortfolioDraft("Viewer's view", "USD", null,
                List.of(new HoldingInput("AAPL", BigDecimal.TEN, null))), false);
        assertThat(form.save.isEnabled()).isFalse();
        assertThat(form.clientName.isReadOnly()).isTrue();
        assertThat(form.add.isVisible()).isFalse();
        form.save.click();
        assertThat(saved).isEmpty();
    }

    @Test
    void problemsTheServerFoundAreShownTheSameWay() {
        form.showProblems(List.of(new Problem("ticker", -1, "Something only the server knows.")));
        assertThat(form.summaryText()).contains("1 problem to fix before saving:", "Something only the server knows.");
    }
}
