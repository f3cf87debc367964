package com.rotationrisk.risk.engine;

/** Market-capitalisation bucket of an instrument. */
public enum SizeBucket { LARGE, MID, SMALL }
