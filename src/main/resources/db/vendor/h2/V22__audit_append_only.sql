-- The audit trail is append-only (#13): the database itself refuses to change or remove an entry, whoever asks.
-- H2 runs Java triggers only; the class lives in the audit module. (H2's TRUNCATE TABLE fires no trigger.)
create trigger audit_event_append_only before update, delete on audit_event for each row
    call 'com.rotationrisk.audit.AppendOnlyTrigger';
