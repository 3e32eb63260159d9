-- industry_output_growth: how fast did the output of Liling's industries grow, in the newest year
-- stated for each (an industry-category indicator named <industry>_output_growth; yearly figures).
-- Grain: one row per industry (its newest yearly outcome: actual, or estimate when that is all).
-- Parameters: $home (the site's home region, bound by db.run).
with yearly as (
    select f.*, row_number() over (
            partition by f.indicator_code
            order by f.period_end desc, case f.kind when 'actual' then 1 else 2 end, f.fact_id) as n
    from facts_enriched f
    where f.indicator_code like '%\_output\_growth' escape '\' and f.region_code = $home
        and f.category = 'industry' and f.grain = 'annual' and f.kind in ('actual', 'estimate')
)
select f.indicator_code, i.name_zh, i.name_en, f.period, f.value_in_indicator_unit as value,
    i.unit, coalesce(f.indicator_unit_en, '') as unit_en, i.decimals, f.kind, f.approx, f.source_id,
    f.fact_id, f.quote
from yearly f
join indicators i using (indicator_code)
where f.n = 1
order by f.value desc
