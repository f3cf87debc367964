package com.rotationrisk.report.section;

import com.rotationrisk.risk.engine.BehaviouralFlag;
import java.util.List;

/** A short narrative built only from the behavioural flags the engine raised. */
final class BehaviourSection implements SectionRenderer {

    @Override
    public void render(ReportContext ctx) {
        ctx.heading("Behavioural check");
        List<BehaviouralFlag> flags = ctx.assessment().flags();
        if (flags.isEmpty()) {
            ctx.paragraph("The model raised no behavioural warnings for this portfolio: no sign of recency bias, "
                    + "herd behaviour or a loss-aversion trap was found.");
            return;
        }
        for (BehaviouralFlag.Type type : BehaviouralFlag.Type.values()) {
            List<BehaviouralFlag> ofType = flags.stream().filter(f -> f.type() == type).toList();
            String name = name(type);
            if (ofType.isEmpty()) {
                ctx.paragraph(name + ": no warning was raised.");
                continue;
            }
            ctx.subheading(name + " (" + ofType.size() + (ofType.size() == 1 ? " position)" : " positions)"));
            ctx.paragraph(meaning(type));
            for (BehaviouralFlag f : ofType) {
                ctx.paragraph("\u2022 " + f.ticker() + ": " + f.message());
            }
        }
    }

    static String name(BehaviouralFlag.Type type) {
        return switch (type) {
            case RECENCY_BIAS -> "Recency bias";
            case HERD_BEHAVIOUR -> "Herd behaviour";
            case LOSS_AVERSION_TRAP -> "Loss aversion";
        };
    }

    private static String meaning(BehaviouralFlag.Type type) {
        return switch (type) {
            case RECENCY_BIAS -> "A large position has had an unusually strong recent run. Recent gains can make "
                    + "a holding feel safer than it is; consider whether its size still matches the plan.";
            case HERD_BEHAVIOUR -> "These holdings are moving with heavy buying and with the crowd. Crowded trades "
                    + "can unwind quickly when many investors head for the exit at once.";
            case LOSS_AVERSION_TRAP -> "These holdings trade near their purchase price while their reversal risk is "
                    + "high. Waiting to 'get back to even' can turn a small loss into a larger one.";
        };
    }
}
