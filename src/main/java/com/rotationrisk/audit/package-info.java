/**
 * The firm's audit trail: who did what, when and from where. Every module records through {@link
 * com.rotationrisk.audit.AuditTrail} inside the transaction of the change it records, so a change and its entry
 * commit or roll back together. The table is append-only, enforced by a database trigger.
 */
package com.rotationrisk.audit;
