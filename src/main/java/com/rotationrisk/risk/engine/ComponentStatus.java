package com.rotationrisk.risk.engine;

/** Whether a component could be computed. Non-OK components are left out of the weighted mean. */
public enum ComponentStatus { OK, INSUFFICIENT_HISTORY, BENCHMARK_MISSING }
