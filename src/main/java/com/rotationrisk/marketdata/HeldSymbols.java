package com.rotationrisk.marketdata;

import java.util.Set;

/**
 * The symbols some feature holds (the portfolio module: every ticker in a saved portfolio). The daily
 * price refresh asks every such bean, so market data knows what to fetch without knowing portfolios.
 */
public interface HeldSymbols {

    Set<String> heldSymbols();
}
