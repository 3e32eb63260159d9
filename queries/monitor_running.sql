-- monitor_running: how is the year going? Per indicator of the home region and its prefecture, the
-- newest figure for months of a year (1-5月, 一季度, 4月) with its span and grain, the same months a
-- year earlier where held, and the target for its year where held (progress, never the outcome).
-- Grain: one row per region x indicator x grain with a sub-annual figure (latest_running).
-- Parameters: $home, $prefecture (the site's regions, bound by db.run).
with picked as (
    select l.*
    from latest_running l
    where l.region_code in ($home, $prefecture)
),
final as (
    select p.region_code, r.name_zh as region_zh, r.name_en as region_en, p.indicator_code,
        i.name_zh, i.name_en, c.sort_order as category_order, p.grain,
        o.period, o.period_end as year, o.period_end, o.month_start, o.month_end, o.value, o.unit, o.stated,
        coalesce(u.label_en, '') as unit_en, i.decimals, o.kind, o.approx, o.source_id, o.fact_id,
        o.quote, o.note, o.formula,
        b.period as before_period, b.value as before_value, b.approx as before_approx,
        b.source_id as before_source_id, b.fact_id as before_fact_id, b.quote as before_quote,
        t.period as target_period, t.value as target_value, t.approx as target_approx,
        t.unit as target_unit, t.source_id as target_source_id, t.fact_id as target_fact_id,
        t.quote as target_quote
    from picked p
    join facts_enriched o on o.fact_id = p.running_fact_id
    left join facts_enriched b on b.fact_id = p.before_fact_id
    left join facts_enriched t on t.fact_id = p.target_fact_id
    join indicators i on i.indicator_code = p.indicator_code
    join categories c on c.category = i.category
    join regions r on r.region_code = p.region_code
    left join units u on u.unit = o.unit
)
select * from final
order by year desc, month_end desc, region_code = $home desc, category_order, indicator_code, grain
