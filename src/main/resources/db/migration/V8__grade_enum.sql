-- portfolio.last_grade holds the engine's grade band by name (OverallGrade.Grade, mapped with @Enumerated STRING),
-- so it sorts and compares as the band, not as text. Only those names can be read back: normalise, drop anything
-- else (it is recomputed on the next save) and let the database refuse other values from now on.
update portfolio set last_grade = upper(trim(last_grade)) where last_grade is not null;
update portfolio set last_grade = null, last_graded_as_of = null
    where last_grade is not null and last_grade not in ('LOW', 'MODERATE', 'ELEVATED', 'HIGH', 'SEVERE');
alter table portfolio add constraint ck_portfolio_last_grade
    check (last_grade in ('LOW', 'MODERATE', 'ELEVATED', 'HIGH', 'SEVERE'));
