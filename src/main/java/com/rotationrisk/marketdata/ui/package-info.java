/**
 * Market-data views, and the dialog other features open to add an unpriced ticker to the universe
 * ({@link com.rotationrisk.marketdata.ui.AddInstrumentDialog}).
 */
@NamedInterface("ui")
package com.rotationrisk.marketdata.ui;

import org.springframework.modulith.NamedInterface;
