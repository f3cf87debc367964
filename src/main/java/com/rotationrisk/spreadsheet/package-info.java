/**
 * Making text safe for files people open in a spreadsheet ({@link com.rotationrisk.spreadsheet.SpreadsheetSafe}).
 * A module of its own that depends on no other, so that every module can use it: in {@code base} it would close a
 * cycle (base's layout uses security, security records through audit, audit's export needs this).
 */
package com.rotationrisk.spreadsheet;
