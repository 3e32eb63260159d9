-- latest_running: the newest figure for months of a year (1-5月, 一季度, 4月) of each indicator in each
-- region, the same months a year earlier where held, and the target for its year where held.
-- Grain: one row per region x indicator x grain that has a sub-annual outcome (month, cumulative,
-- quarter, months). "Newest" = the latest end month, then the longest span; an actual beats an
-- estimate; a figure stated by two sources takes the newer source. A running figure is progress
-- towards the year, never the year's outcome (latest_outcomes holds years only).
-- Reads: facts_enriched, sources.
create table latest_running as
with running as (
    select f.*, s.date_from as source_date
    from facts_enriched f
    join sources s using (source_id)
    where f.kind in ('actual', 'estimate', 'derived', 'share')
        and f.grain in ('month', 'cumulative', 'quarter', 'months')
),
newest as (
    select *, row_number() over (
            partition by region_code, indicator_code, grain
            order by period_end desc, month_end desc, month_start, kind = 'actual' desc,
                source_date desc nulls last, fact_id) as n
    from running
),
year_before as (
    select n.fact_id, r.fact_id as before_fact_id, row_number() over (
            partition by n.fact_id
            order by r.kind = 'actual' desc, r.source_date desc nulls last, r.fact_id) as k
    from newest n
    join running r on r.region_code = n.region_code and r.indicator_code = n.indicator_code
        and r.grain = n.grain and r.period_end = n.period_end - 1
        and r.month_start = n.month_start and r.month_end = n.month_end
    where n.n = 1
),
targets as (
    select n.fact_id, t.fact_id as target_fact_id, row_number() over (
            partition by n.fact_id order by t.fact_id) as k
    from newest n
    join facts_enriched t on t.region_code = n.region_code and t.indicator_code = n.indicator_code
        and t.kind = 'target' and t.grain = 'annual' and t.period_end = n.period_end
    where n.n = 1
)
select n.region_code, n.indicator_code, n.grain, n.fact_id as running_fact_id,
    b.before_fact_id, t.target_fact_id
from newest n
left join year_before b on b.fact_id = n.fact_id and b.k = 1
left join targets t on t.fact_id = n.fact_id and t.k = 1
where n.n = 1
order by n.region_code, n.indicator_code, n.grain;
