package com.rotationrisk.risk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FlagsTest {

    private final ModelConfig cfg = ModelConfig.defaults();

    private PositionAssessment position(double z, double weight, double flow, double comove, double reversal,
            double price, Double cost) {
        List<ComponentScore> crowd = List.of(
                Components.ok(cfg.crowdingSpec(ComponentKeys.UNUSUAL_RUN), z, ""),
                Components.ok(cfg.crowdingSpec(ComponentKeys.FLOW_SURGE), flow, ""),
                Components.ok(cfg.crowdingSpec(ComponentKeys.CROWD_COMOVEMENT), comove, ""));
        DimensionScore c = Components.combine(Dimension.MOMENTUM_CROWDING, crowd,
                new ModelConfig.Scoring(0, 0.01, cfg.scoring().crowdingScale(), cfg.scoring().reversalScale(), 0.8));
        DimensionScore r = new DimensionScore(Dimension.REVERSAL_RISK, OptionalDouble.of(reversal), List.of());
        DimensionScore e = new DimensionScore(Dimension.POLICY_SHOCK_EXPOSURE, OptionalDouble.empty(), List.of());
        InstrumentProfile p = new InstrumentProfile("X", "X", AssetType.STOCK, "Financials", "Banks", SizeBucket.SMALL);
        return new PositionAssessment("X", p, LocalDate.of(2026, 1, 16), price, 1, cost, price, weight, c, r, e,
                Betas.ZERO, null, List.of(), List.of());
    }

    private List<BehaviouralFlag.Type> types(PositionAssessment p) {
        return PortfolioRollup.flags(cfg, List.of(p)).stream().map(BehaviouralFlag::type).toList();
    }

    @Test
    void recencyBiasNeedsZAtLeast2AndWeightAtLeast5Percent() {
        assertThat(types(position(2.0, 0.05, 1, 0, 0, 100, null))).containsExactly(BehaviouralFlag.Type.RECENCY_BIAS);
        assertThat(types(position(1.99, 0.50, 1, 0, 0, 100, null))).isEmpty();
        assertThat(types(position(3.0, 0.0499, 1, 0, 0, 100, null))).isEmpty();
        BehaviouralFlag f = PortfolioRollup.flags(cfg, List.of(position(2.5, 0.1, 1, 0, 0, 100, null))).getFirst();
        assertThat(f.triggerValues()).containsEntry("zScore63d", 2.5).containsEntry("weight", 0.1);
        assertThat(f.ticker()).isEqualTo("X");
    }

    @Test
    void herdBehaviourNeedsFlowAndComovement() {
        assertThat(types(position(0, 0.01, 1.5, 0.5, 0, 100, null))).containsExactly(BehaviouralFlag.Type.HERD_BEHAVIOUR);
        assertThat(types(position(0, 0.01, 1.49, 0.9, 0, 100, null))).isEmpty();
        assertThat(types(position(0, 0.01, 2.0, 0.49, 0, 100, null))).isEmpty();
    }

    @Test
    void lossAversionTrapNeedsHighReversalAndCostNearPrice() {
        assertThat(types(position(0, 0.01, 1, 0, 65, 105, 100.0)))
                .containsExactly(BehaviouralFlag.Type.LOSS_AVERSION_TRAP);
        assertThat(types(position(0, 0.01, 1, 0, 65, 95, 100.0)))
                .containsExactly(BehaviouralFlag.Type.LOSS_AVERSION_TRAP);
        assertThat(types(position(0, 0.01, 1, 0, 64.9, 101, 100.0))).isEmpty();
        assertThat(types(position(0, 0.01, 1, 0, 90, 106, 100.0))).isEmpty();
        assertThat(types(position(0, 0.01, 1, 0, 90, 100, null))).isEmpty();
    }
}
