-- Scenarios are drafts until published; only published scenarios enter a portfolio's scenario set and so a
-- client document. The set belongs to the portfolio (firm default set + what its owner or an editor added),
-- never to whoever is looking. Numbered from V20 so it never clashes with migrations made on other branches.

alter table scenario add column status varchar(10) default 'DRAFT' not null;
alter table scenario add column firm_default boolean default false not null;
alter table scenario add column published_by bigint references app_user (id);
alter table scenario add column published_at timestamp with time zone;

-- Built-ins are published and form the firm default set. Advisors' existing copies stay private drafts: their
-- authors publish them (under a real name) before they can be added to a portfolio.
update scenario set status = 'PUBLISHED', firm_default = true where built_in = true;

alter table scenario add constraint ck_scenario_status check (status in ('DRAFT', 'PUBLISHED'));
alter table scenario add constraint ck_scenario_default_published check (firm_default = false or status = 'PUBLISHED');

-- Published scenarios a portfolio adds to the firm default set. Drafts are refused by the service.
create table portfolio_scenario (
    portfolio_id  bigint   not null references portfolio (id) on delete cascade,
    scenario_id   bigint   not null references scenario (id) on delete cascade,
    added_by      bigint   not null references app_user (id),
    added_at      timestamp with time zone not null,
    primary key (portfolio_id, scenario_id)
);

create index ix_portfolio_scenario_scenario on portfolio_scenario (scenario_id);
