/** Shared UI pieces every feature view may use: the layout and chart components. */
@NamedInterface("ui")
package com.rotationrisk.base.ui;

import org.springframework.modulith.NamedInterface;
