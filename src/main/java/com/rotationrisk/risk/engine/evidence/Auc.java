package com.rotationrisk.risk.engine.evidence;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve of a score for a yes/no event, as the Mann-Whitney statistic: the share of (event,
 * non-event) pairs in which the event has the higher score, ties counting one half. 1 = the score ranks every event
 * above every non-event, 0 = every event below, 0.5 = no skill. NaN when either class is empty.
 */
public final class Auc {

    private Auc() {
    }

    public static double of(double[] score, boolean[] event) {
        int n = score.length;
        if (n != event.length) {
            throw new IllegalArgumentException("unequal lengths");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double rankSumEvents = 0;
        long events = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1; // 1-based average rank of the tied group
            for (int k = i; k <= j; k++) {
                if (event[order[k]]) {
                    rankSumEvents += midRank;
                    events++;
                }
            }
            i = j + 1;
        }
        long nonEvents = n - events;
        if (events == 0 || nonEvents == 0) {
            return Double.NaN;
        }
        return (rankSumEvents - events * (events + 1) / 2.0) / ((double) events * nonEvents);
    }
}
