/** The export links every feature's grid may use ({@link com.rotationrisk.spreadsheet.ui.ExportButtons}). */
@NamedInterface("ui")
package com.rotationrisk.spreadsheet.ui;

import org.springframework.modulith.NamedInterface;
