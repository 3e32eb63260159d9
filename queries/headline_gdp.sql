-- headline_gdp: the size of Liling's economy and the zone's revenue, latest actuals.
-- Grain: one row per indicator (its latest actual).
-- Parameters: none.
with actuals as (
    select f.*, row_number() over (partition by f.indicator_code order by f.period_end desc) as n
    from facts_enriched f
    where f.kind = 'actual' and f.indicator_code in ('gdp', 'park_revenue')
)
select a.indicator_code, i.name_zh, i.name_en, a.region_code, a.period, a.value, i.unit,
    i.decimals, a.kind, a.approx, a.source_id, a.fact_id, a.quote
from actuals a join indicators i using (indicator_code)
where n = 1
order by a.indicator_code
