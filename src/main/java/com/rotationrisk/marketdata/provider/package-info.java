/** Optional online price sources behind one interface; switched off by default. */
@NamedInterface("provider")
package com.rotationrisk.marketdata.provider;

import org.springframework.modulith.NamedInterface;
