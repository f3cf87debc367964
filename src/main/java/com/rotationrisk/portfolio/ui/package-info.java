/** Portfolio screens; {@link com.rotationrisk.portfolio.ui.AnalysisTab} lets other features add tabs. */
@NamedInterface("ui")
package com.rotationrisk.portfolio.ui;

import org.springframework.modulith.NamedInterface;
