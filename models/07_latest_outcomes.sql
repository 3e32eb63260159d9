-- latest_outcomes: the newest stated outcome of each indicator in each region, and the target set
-- for that same period (or, when none, the next target after it): what the overview headlines.
-- Grain: one row per region x indicator that has an outcome (actual, estimate, derived, share).
-- Years and spans of years only: a figure for months of a year (1-5月) never stands in for the year
-- (latest_running holds those). Outcomes are single-year periods first; among figures of the newest period an actual beats an
-- estimate, which beats a derived value; a figure stated by two sources takes the newer source.
-- Reads: facts_enriched, kinds, sources.
create table latest_outcomes as
with outcomes as (
    select f.*, s.date_from as source_date,
        row_number() over (
            partition by f.region_code, f.indicator_code
            order by f.period_end desc, (f.period_start = f.period_end) desc,
                case f.kind when 'actual' then 1 when 'share' then 1 when 'estimate' then 2 else 3 end,
                s.date_from desc nulls last, f.fact_id
        ) as n
    from facts_enriched f
    join sources s using (source_id)
    where f.kind in ('actual', 'estimate', 'derived', 'share') and f.grain in ('annual', 'multi_year')
),
targets as (
    select f.*, row_number() over (
            partition by f.region_code, f.indicator_code, f.period_end
            order by (f.period_start = f.period_end) desc, f.fact_id) as n
    from facts_enriched f
    where f.kind = 'target' and f.grain in ('annual', 'multi_year')
),
paired as (
    select o.region_code, o.indicator_code, o.fact_id as outcome_fact_id,
        t.fact_id as target_fact_id, t.period_end as target_year,
        row_number() over (partition by o.region_code, o.indicator_code
                           order by (t.period_end = o.period_end) desc, t.period_end) as n
    from outcomes o
    join targets t on t.region_code = o.region_code and t.indicator_code = o.indicator_code
        and t.n = 1 and t.period_end >= o.period_end
    where o.n = 1
)
select o.region_code, o.indicator_code, o.fact_id as outcome_fact_id, p.target_fact_id
from outcomes o
left join paired p on p.outcome_fact_id = o.fact_id and p.n = 1
where o.n = 1
order by o.region_code, o.indicator_code;
