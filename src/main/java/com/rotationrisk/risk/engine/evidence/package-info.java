/**
 * The evidence study: does the model's score separate later returns and drawdowns? Plain Java, like the rest of the
 * engine; {@link com.rotationrisk.risk.engine.evidence.EvidenceStudy} runs it and returns an
 * {@link com.rotationrisk.risk.engine.evidence.EvidenceReport}. The statistics live in small classes
 * ({@link com.rotationrisk.risk.engine.evidence.NeweyWest}, {@link com.rotationrisk.risk.engine.evidence.BlockBootstrap},
 * {@link com.rotationrisk.risk.engine.evidence.Auc}, {@link com.rotationrisk.risk.engine.evidence.Stats}).
 * (The annotation is the only Spring type in the engine's packages: it only labels the package.)
 */
@NamedInterface("engine-evidence")
package com.rotationrisk.risk.engine.evidence;

import org.springframework.modulith.NamedInterface;
