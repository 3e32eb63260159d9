-- growth_vs_target: what growth did Liling report for 2019 and what did it target for 2020?
-- Grain: one row per indicator x year (2019 outcome or 2020 target) for the indicators that
-- have a 2020 target in the 2020年预期目标 list.
-- Parameters: none.
with targeted as (
    select distinct indicator_code from facts
    where programme = '2020年预期目标' and kind = 'target'
),
final as (
    select f.indicator_code, i.name_zh, i.name_en, f.period, f.value_in_indicator_unit as value,
        i.unit, coalesce(f.indicator_unit_en, '') as unit_en, i.decimals, f.kind, f.approx, f.source_id, f.fact_id, f.quote
    from facts_enriched f
    join targeted using (indicator_code)
    join indicators i using (indicator_code)
    where f.region_code = 'liling'
        and ((f.period = '2019' and f.kind in ('actual', 'estimate'))
             or (f.period = '2020' and f.kind = 'target'))
)
select * from final order by indicator_code, period
