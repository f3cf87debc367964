package com.rotationrisk.marketdata;

import com.rotationrisk.audit.AuditAction;
import com.rotationrisk.audit.AuditActor;
import com.rotationrisk.audit.AuditTrail;
import com.rotationrisk.security.SignedInUser;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The rules for changing the firm's shared reference data (instruments and prices), which every team's analyses use
 * (finding 8 of #12): the firm-wide {@code REFERENCE_DATA} permission (granted by administrators) or the ADMIN role;
 * the benchmarks of the configured rotation spreads only by administrators; every change appended to
 * the audit trail (actor, action, what changed) in the change's transaction. The scheduled refresh, which no person
 * started, is {@link AuditActor#SYSTEM}.
 */
@Component
class ReferenceData {

    private final BenchmarkPairRepository pairs;
    private final AuditTrail trail;

    ReferenceData(BenchmarkPairRepository pairs, AuditTrail trail) {
        this.pairs = pairs;
        this.trail = trail;
    }

    /** Symbols that are a leg of a configured rotation spread. */
    Set<String> benchmarkSymbols() {
        Set<String> symbols = new HashSet<>();
        pairs.findAll().forEach(p -> {
            if (p.getLargeCapSymbol() != null) {
                symbols.add(p.getLargeCapSymbol());
            }
            if (p.getSmallCapSymbol() != null) {
                symbols.add(p.getSmallCapSymbol());
            }
        });
        return symbols;
    }

    /** Why {@code me} may not change {@code symbol}'s instrument or prices, or {@code null} when they may. */
    String refusal(SignedInUser me, String symbol) {
        if (!me.mayChangeReferenceData()) {
            return "Changing instruments and prices needs the firm-wide reference-data permission.";
        }
        if (!me.isAdmin() && benchmarkSymbols().contains(symbol)) {
            return symbol + " is a benchmark of a rotation spread; only an administrator may change it or its prices.";
        }
        return null;
    }

    void requireMayChange(SignedInUser me, String symbol) {
        String refusal = refusal(me, symbol);
        if (refusal != null) {
            if (!me.mayChangeReferenceData()) {
                throw new AccessDeniedException(refusal);
            }
            throw new InvalidImportException("symbol", refusal);
        }
    }

    void audit(AuditActor actor, AuditAction action, String detail) {
        trail.record(action, actor, null, detail);
    }
}
