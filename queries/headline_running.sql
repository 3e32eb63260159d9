-- headline_running: the overview's "so far this year" beside each annual headline: the newest
-- cumulative figure (1-5月, 一季度, 上半年 ...) of each headline indicator and region, with the same
-- months a year earlier and the target for its year where held. It never replaces the annual
-- headline (headline_figures): label it with its period (periods.label) and grain.
-- Grain: one row per headline (section x indicator x region) that has a cumulative figure.
-- Parameters: $section — a section of headlines.csv ('size', 'growth').
with picked as (
    select h.sort_order, l.*
    from headlines h
    join latest_running l using (indicator_code, region_code)
    where h.section = $section and l.grain = 'cumulative'
),
final as (
    select p.indicator_code, i.name_zh, i.name_en, p.region_code, r.name_zh as region_zh,
        r.name_en as region_en, o.period, o.grain, o.period_end as year, o.month_end,
        o.value_in_indicator_unit as value, i.unit, coalesce(o.indicator_unit_en, '') as unit_en,
        i.decimals, o.kind, o.approx, o.source_id, o.fact_id, o.quote,
        b.period as before_period, b.value_in_indicator_unit as before_value, b.fact_id as before_fact_id,
        t.period as target_period, t.value_in_indicator_unit as target_value, t.approx as target_approx,
        t.fact_id as target_fact_id
    from picked p
    join facts_enriched o on o.fact_id = p.running_fact_id
    left join facts_enriched b on b.fact_id = p.before_fact_id
    left join facts_enriched t on t.fact_id = p.target_fact_id
    join indicators i on i.indicator_code = p.indicator_code
    join regions r on r.region_code = p.region_code
    order by p.sort_order
)
select * from final
