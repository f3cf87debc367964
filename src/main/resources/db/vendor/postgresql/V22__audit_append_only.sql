-- The audit trail is append-only (#13): the database itself refuses to change or remove an entry, whoever asks,
-- row by row (UPDATE, DELETE) and all at once (TRUNCATE, which fires no row trigger).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on audit_event is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
