/** Small pieces shared by the CSV importers (prices, holdings): line numbers and header matching. */
@NamedInterface("csv")
package com.rotationrisk.base.csv;

import org.springframework.modulith.NamedInterface;
