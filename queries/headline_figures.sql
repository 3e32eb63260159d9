-- headline_figures: the overview's headline figures: for each headline indicator and region, the
-- newest stated outcome (actual, estimate or derived) with the target for that period, or the next
-- target after it. Periods come from the data: nothing here names a year.
-- Grain: one row per headline (section x indicator x region) that has an outcome.
-- Parameters: $section — a section of headlines.csv ('size', 'growth').
with picked as (
    select h.sort_order, l.*
    from headlines h
    join latest_outcomes l using (indicator_code, region_code)
    where h.section = $section
),
final as (
    select p.indicator_code, i.name_zh, i.name_en, p.region_code, r.name_zh as region_zh,
        r.name_en as region_en, o.period, o.value_in_indicator_unit as value, i.unit,
        coalesce(o.indicator_unit_en, '') as unit_en, i.decimals, o.kind, o.approx, o.source_id,
        o.fact_id, o.quote, o.note, o.formula,
        t.period as target_period, t.value_in_indicator_unit as target_value,
        t.approx as target_approx, t.source_id as target_source_id, t.fact_id as target_fact_id,
        t.quote as target_quote
    from picked p
    join facts_enriched o on o.fact_id = p.outcome_fact_id
    left join facts_enriched t on t.fact_id = p.target_fact_id
    join indicators i on i.indicator_code = p.indicator_code
    join regions r on r.region_code = p.region_code
    order by p.sort_order
)
select * from final
