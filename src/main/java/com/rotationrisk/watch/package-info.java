/**
 * Watching saved portfolios: each night every saved portfolio is scored again as the analysis view scores it, the
 * result is kept ({@link com.rotationrisk.watch.Snapshot}), the alert rules compare it with the last one
 * ({@link com.rotationrisk.watch.AlertPolicies}), and the alerts reach the people who may read the portfolio: in the
 * app's inbox and, if they ask for it, by e-mail. Who may read is decided by {@code portfolio} each time an alert is
 * shown or mailed, never copied here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Watch and alerts")
package com.rotationrisk.watch;
