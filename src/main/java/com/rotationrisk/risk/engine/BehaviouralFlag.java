package com.rotationrisk.risk.engine;

import java.util.Map;

/** A behavioural warning on one holding with the values that triggered it. */
public record BehaviouralFlag(Type type, String ticker, Map<String, Double> triggerValues, String message) {

    public enum Type { RECENCY_BIAS, HERD_BEHAVIOUR, LOSS_AVERSION_TRAP }
}
