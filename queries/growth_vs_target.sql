-- growth_vs_target: how did Liling's growth rates compare with their targets? For each rate (%)
-- with both a yearly outcome and a yearly target: every year that has both an outcome and a target, the newest
-- outcome year, and the first target year after it (periods come from the data).
-- Grain: one row per indicator x year x kind (outcome: actual/estimate; or target).
-- Parameters: $home (the site's home region, bound by db.run).
with yearly as (
    select f.*
    from facts_enriched f
    where f.region_code = $home and f.indicator_unit = '%'
        and f.grain = 'annual' and f.kind in ('actual', 'estimate', 'target')
),
targeted as (
    select indicator_code from yearly group by indicator_code
    having count(*) filter (where kind = 'target') > 0 and count(*) filter (where kind <> 'target') > 0
),
years as (
    select indicator_code,
        max(period_end) filter (where kind <> 'target') as newest_outcome
    from yearly join targeted using (indicator_code)
    group by indicator_code
),
wanted as (
    -- years with both an outcome and a target
    select indicator_code, period_end as year from yearly join targeted using (indicator_code)
    group by all having count(distinct kind = 'target') = 2
    union
    select indicator_code, newest_outcome from years where newest_outcome is not null
    union
    select y.indicator_code, min(f.period_end)
    from years y join yearly f using (indicator_code)
    where f.kind = 'target' and f.period_end > coalesce(y.newest_outcome, 0)
    group by y.indicator_code
),
final as (
    select f.indicator_code, i.name_zh, i.name_en, f.period, f.period_end as year,
        f.value_in_indicator_unit as value, i.unit, coalesce(f.indicator_unit_en, '') as unit_en,
        i.decimals, f.kind, f.approx, f.source_id, f.fact_id, f.quote
    from yearly f
    join wanted w on w.indicator_code = f.indicator_code and w.year = f.period_end
    join indicators i on i.indicator_code = f.indicator_code
)
select * from final order by indicator_code, year, kind
