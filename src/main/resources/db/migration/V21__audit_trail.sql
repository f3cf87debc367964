-- The audit trail records who (the username as it was then, also for a failed sign-in of an unknown name), what,
-- when and from where, for the whole firm, not only portfolios (#13). Its append-only rule is enforced by the
-- database-specific trigger of V22 (db/vendor/<database>).
alter table audit_event add column actor_username varchar(60);
alter table audit_event add column client_address varchar(64);
alter table audit_event alter column actor_id drop not null;

create index ix_audit_occurred on audit_event (occurred_at);
create index ix_audit_actor on audit_event (actor_id);
create index ix_audit_action on audit_event (action);
