package com.rotationrisk.marketdata;

public enum AssetType {
    STOCK, ETF, INDEX, CASH
}
