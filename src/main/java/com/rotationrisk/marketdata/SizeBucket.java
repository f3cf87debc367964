package com.rotationrisk.marketdata;

public enum SizeBucket {
    LARGE, MID, SMALL
}
