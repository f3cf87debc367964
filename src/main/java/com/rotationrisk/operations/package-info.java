/**
 * Running the application: one log line per request without personal data, and a readable start-up message when
 * the database cannot be reached. Depends on no other module of ours (docs/operations.md).
 */
package com.rotationrisk.operations;
