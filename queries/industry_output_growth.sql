-- industry_output_growth: how fast did Liling's ceramics, fireworks and glass output grow in 2019?
-- Grain: one row per industry (2019 figures; all three are estimates, 预计).
-- Parameters: none.
select f.indicator_code, i.name_zh, i.name_en, f.period, f.value_in_indicator_unit as value,
    i.unit, coalesce(f.indicator_unit_en, '') as unit_en, i.decimals, f.kind, f.approx, f.source_id, f.fact_id, f.quote
from facts_enriched f
join indicators i using (indicator_code)
where f.indicator_code in ('ceramics_output_growth', 'fireworks_output_growth', 'glass_output_growth')
    and f.period = '2019' and f.region_code = 'liling'
order by f.value desc
