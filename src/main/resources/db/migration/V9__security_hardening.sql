-- Sign-in throttling (finding 4 of #12): failures per address, per account and per account-and-address pair,
-- counted with single-row atomic updates outside app_user, so concurrent wrong passwords never collide on the
-- account's version column. Replaces the hard lock kept on app_user.
create table login_throttle (
    throttle_key     varchar(200) primary key,
    failures         integer      not null,
    last_failure_at  timestamp with time zone not null,
    blocked_until    timestamp with time zone
);

alter table app_user drop column failed_login_count;
alter table app_user drop column locked_until;

-- Sessions follow the account (finding 3): every change of rights or credentials bumps the stamp; a session
-- signed in under an older stamp ends on its next request.
alter table app_user add column security_stamp bigint not null default 0;

-- A first administrator from the one-time setup step must choose their own password (finding 2).
alter table app_user add column must_change_password boolean not null default false;

-- Shared reference data (instruments, prices) is a firm-wide permission (finding 8).
alter table app_user rename column can_import_prices to can_manage_reference_data;
