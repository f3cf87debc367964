/**
 * Shared by the CSV importers (prices, holdings): decoding and records ({@link DelimitedText}), the one
 * number parser ({@link CsvNumbers}), line numbers and header matching.
 */
@NamedInterface("csv")
package com.rotationrisk.base.csv;

import org.springframework.modulith.NamedInterface;
