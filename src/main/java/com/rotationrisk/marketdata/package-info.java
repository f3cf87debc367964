/**
 * Market data: the instrument universe, daily bars, the bundled real history, price imports and
 * the optional online price provider. Other modules read bars through {@link com.rotationrisk.marketdata.BarStore}.
 */
package com.rotationrisk.marketdata;
