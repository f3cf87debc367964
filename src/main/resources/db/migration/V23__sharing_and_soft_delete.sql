-- Sharing that follows the portfolio and its owner (#13). A grant is to one person (PERSON), to the owner's team
-- whatever team that is now (OWNER_TEAM), or to another named team (TEAM, which like a person of another team only
-- takes effect while an administrator allows sharing between the two teams).
alter table portfolio_grant add column grantee_kind varchar(12) default 'PERSON' not null;
alter table portfolio_grant drop constraint ck_grant_one_grantee;
update portfolio_grant set grantee_kind = 'TEAM' where grantee_team_id is not null;
update portfolio_grant set grantee_kind = 'OWNER_TEAM', grantee_team_id = null
    where grantee_team_id is not null
      and grantee_team_id = (select u.team_id from portfolio p join app_user u on u.id = p.owner_id
                             where p.id = portfolio_grant.portfolio_id);
alter table portfolio_grant add constraint ck_grant_grantee check (
    (grantee_kind = 'PERSON' and grantee_user_id is not null and grantee_team_id is null)
    or (grantee_kind = 'TEAM' and grantee_team_id is not null and grantee_user_id is null)
    or (grantee_kind = 'OWNER_TEAM' and grantee_user_id is null and grantee_team_id is null));

-- Pairs of teams an administrator allows to share with each other (stored once, lower id first).
create table team_sharing_pair (
    team_low_id   bigint not null references team (id),
    team_high_id  bigint not null references team (id),
    allowed_by    bigint not null references app_user (id),
    allowed_at    timestamp with time zone not null,
    primary key (team_low_id, team_high_id),
    constraint ck_team_pair_order check (team_low_id < team_high_id)
);

-- Deleting a portfolio hides it; its archived client reports and its audit trail stay. An administrator can
-- restore it within the retention period, after which its holdings and grants are purged and the row remains as
-- the archive's and the audit trail's reference.
alter table portfolio add column deleted_at timestamp with time zone;
alter table portfolio add column deleted_by bigint references app_user (id);
alter table portfolio add column purged_at timestamp with time zone;
-- Viewers may duplicate a client portfolio into their own only when the owner allows it; a copy names its source.
alter table portfolio add column viewers_may_copy boolean default false not null;
alter table portfolio add column copied_from_id bigint references portfolio (id);

create index ix_portfolio_deleted on portfolio (deleted_at);
