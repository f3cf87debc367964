/**
 * Part of the plain-Java risk engine; its result records are the risk module's published API.
 * (This annotation is the only Spring type in the engine's packages: it only labels the package.)
 */
@NamedInterface("engine")
package com.rotationrisk.risk.engine;

import org.springframework.modulith.NamedInterface;
