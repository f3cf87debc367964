package com.rotationrisk.risk.engine.scenario;

/** What a direct shock matches, from most to least specific. */
public enum ShockTarget { TICKER, INDUSTRY, SECTOR, SIZE_BUCKET }
