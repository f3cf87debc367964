package com.rotationrisk.risk.engine;

/** Kind of instrument. CASH is valued at 1.0 per unit and needs no bars. */
public enum AssetType { STOCK, ETF, INDEX, CASH }
