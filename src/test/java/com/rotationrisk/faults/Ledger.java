package com.rotationrisk.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the children said they committed, and which operation each was in when it was killed, round by round. */
final class Ledger {

    private final List<List<Protocol>> rounds = new ArrayList<>();

    void addRound(List<Protocol> lines) {
        rounds.add(List.copyOf(lines));
    }

    List<Protocol> committed(String kind) {
        return rounds.stream().flatMap(List::stream).filter(l -> l.committed(kind)).toList();
    }

    /** The operations one child had begun and not reported committed when it died. */
    static List<Protocol> inFlightOf(List<Protocol> lines) {
        Ledger one = new Ledger();
        one.addRound(lines);
        return Stream.of(HoldingsSaves.KIND, PriceImports.KIND, ReportGenerations.KIND)
                .flatMap(kind -> one.inFlight(kind).stream()).toList();
    }

    /** Per round, the operation of this kind that had begun and not reported its commit when the child died. */
    List<Protocol> inFlight(String kind) {
        List<Protocol> cut = new ArrayList<>();
        for (List<Protocol> round : rounds) {
            Protocol last = null;
            for (Protocol line : round) {
                if (line.kind().equals(kind) && (line.event().equals(Protocol.BEGIN)
                        || line.event().equals(Protocol.COMMITTED))) {
                    last = line;
                }
            }
            if (last != null && last.event().equals(Protocol.BEGIN)) {
                cut.add(last);
            }
        }
        return cut;
    }
}
