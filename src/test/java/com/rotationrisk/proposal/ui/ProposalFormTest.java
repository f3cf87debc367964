package com.rotationrisk.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.proposal.StoredProposal;
import com.rotationrisk.proposal.Trade;
import com.rotationrisk.proposal.TradePlan;
import com.rotationrisk.proposal.TradePlan.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proposal editor's rules, without a browser: what the advisor types, what is sent, what is shown where. */
class ProposalFormTest {

    private static final Map<String, String> UNIVERSE = Map.of("INTC", "Intel Corp.", "KO", "Coca-Cola Co.",
            "MSFT", "Microsoft Corp.");

    private final ProposalForm form = new ProposalForm(UNIVERSE, Locale.US);
    private final List<ProposalForm.SaveEvent> saved = new ArrayList<>();
    private final List<List<Trade>> effects = new ArrayList<>();

    ProposalFormTest() {
        form.addSaveListener(saved::add);
        form.addEffectListener(e -> effects.add(e.trades()));
    }

    private void trade(int row, Trade.Kind kind, String ticker, Trade.AmountKind amountKind, String amount) {
        while (form.rows().size() <= row) {
            form.addRow();
        }
        form.chooseKind(row, kind);
        form.typeTicker(row, ticker, false);
        form.chooseAmountKind(row, amountKind);
        form.typeAmount(row, amount);
    }

    @Test
    void saveShowsEveryProblemAtItsRowAtOnceAndSendsNothing() {
        trade(0, Trade.Kind.SELL, "INTC", Trade.AmountKind.PERCENT_OF_POSITION, "150");
        trade(1, Trade.Kind.BUY, "", Trade.AmountKind.SHARES, "1");
        trade(2, Trade.Kind.SELL, "KO", Trade.AmountKind.SHARES, "abc");
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.shownProblems()).extracting(Problem::index).containsExactly(-1, 0, 1, 2);
        assertThat(form.rowProblem(0)).isEqualTo("At most 100 % of the position.");
        assertThat(form.rowProblem(1)).isEqualTo("Name the holding.");
        assertThat(form.rowProblem(2)).isEqualTo("The amount \u201Cabc\u201D cannot be read as an amount; write it "
                + "like 1,234.56.");
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.summaryText()).startsWith("4 problems to fix:").contains("Trade 2: Name the holding.");
        assertThat(form.save.isEnabled()).isTrue();
    }

    @Test
    void aRowShowsItsProblemOnceTouchedAndOthersWaitUntilSave() {
        form.addRow();
        trade(1, Trade.Kind.SELL, "INTC", Trade.AmountKind.PERCENT_OF_POSITION, "0");
        assertThat(form.rowProblem(0)).isNull();
        assertThat(form.rowProblem(1)).isEqualTo("The amount must be more than 0.");
        assertThat(form.summaryText()).isEmpty();
    }

    @Test
    void aValidTrimIsSentOnceAndSaveWaitsUntilTheSaveFinished() {
        form.name.setValue("Trim chips");
        trade(0, Trade.Kind.SELL, "intel", Trade.AmountKind.PERCENT_OF_POSITION, "40");
        form.save.click();
        form.save.click();

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Trim chips");
            assertThat(e.trades()).containsExactly(new Trade(Trade.Kind.SELL, "INTC", null,
                    Trade.AmountKind.PERCENT_OF_POSITION, new BigDecimal("40")));
        });
        assertThat(form.isSaving()).isTrue();
        assertThat(form.save.isEnabled()).isFalse();
        form.saveFinished();
        assertThat(form.save.isEnabled()).isTrue();
    }

    @Test
    void theEffectNeedsValidTradesButNoName() {
        trade(0, Trade.Kind.SWITCH, "INTC", Trade.AmountKind.VALUE, "1,000");
        form.effect.click();
        assertThat(effects).isEmpty();
        assertThat(form.rowProblem(0)).isEqualTo("Name the holding.");

        form.typeTicker(0, "MSFT", true);
        form.effect.click();
        assertThat(effects).singleElement().isEqualTo(List.of(new Trade(Trade.Kind.SWITCH, "INTC", "MSFT",
                Trade.AmountKind.VALUE, new BigDecimal("1000"))));
    }

    @Test
    void raisingCashNeedsNoHoldingAndIsAlwaysByValue() {
        form.name.setValue("Cash for fees");
        trade(0, Trade.Kind.RAISE_CASH, "INTC", Trade.AmountKind.SHARES, "5000");
        form.save.click();
        assertThat(saved).singleElement().satisfies(e -> assertThat(e.trades()).containsExactly(
                new Trade(Trade.Kind.RAISE_CASH, null, null, Trade.AmountKind.VALUE, new BigDecimal("5000"))));
    }

    @Test
    void problemsTheServerFindsShowAtTheirRow() {
        trade(0, Trade.Kind.SELL, "INTC", Trade.AmountKind.SHARES, "10");
        trade(1, Trade.Kind.BUY, "KO", Trade.AmountKind.SHARES, "10");
        form.showProblems(List.of(new Problem(1, "KO has no price at the valuation date."),
                new Problem(-1, "The purchases need $50.00 more than the portfolio's cash.")));
        assertThat(form.rowProblem(0)).isNull();
        assertThat(form.rowProblem(1)).isEqualTo("KO has no price at the valuation date.");
        assertThat(form.summaryText()).contains("The purchases need $50.00 more");
    }

    @Test
    void theNameIsBoundedWithACounterAndRowsAreBounded() {
        form.name.setValue("x".repeat(121));
        assertThat(form.name.getHelperText()).isEqualTo("121 / 120 characters");
        assertThat(form.problems()).extracting(Problem::message)
                .contains("A proposal's name has at most 120 characters (this one has 121).");
        while (form.rows().size() < TradePlan.MAX_TRADES) {
            form.addRow();
        }
        form.addRow();
        assertThat(form.rows()).hasSize(TradePlan.MAX_TRADES);
        assertThat(form.noticeText()).isEqualTo("A proposal has at most 200 trades.");
    }

    @Test
    void aViewerAndADecidedProposalGetItReadOnly() {
        List<Trade> trim = List.of(Trade.sell("INTC", Trade.AmountKind.PERCENT_OF_POSITION, "40"));
        form.setContent("Trim", trim, false, StoredProposal.Status.DRAFT);
        assertThat(form.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.accept.isVisible()).isFalse();
        assertThat(form.noticeText()).contains("view access only");
        form.addRow();
        form.save.click();
        assertThat(form.rows()).hasSize(1);
        assertThat(saved).isEmpty();

        form.setContent("Trim", trim, true, StoredProposal.Status.ACCEPTED);
        assertThat(form.isReadOnly()).isTrue();
        assertThat(form.noticeText()).isEqualTo("This proposal is accepted: only drafts can be changed.");
        assertThat(form.reject.isVisible()).isFalse();

        form.setContent("Trim", trim, true, StoredProposal.Status.DRAFT);
        assertThat(form.isReadOnly()).isFalse();
        assertThat(form.accept.isVisible()).isTrue();
        assertThat(form.reject.isVisible()).isTrue();
    }
}
