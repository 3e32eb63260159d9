-- indicator_group: the figures of one category, to chart by unit (like with like).
-- Grain: one row per figure of the category, value in the indicator's unit; unit_name_en groups
-- units that measure the same thing (人 and 名 are both persons).
-- Parameters: $category — a category code from categories.csv.
select f.indicator_code, i.name_zh, i.name_en, i.unit, f.indicator_unit_en as unit_en, u.name_en as unit_name_en, i.decimals, f.region_code, f.period,
    f.period_start, f.value_in_indicator_unit as value, f.kind, f.approx, f.source_id,
    f.fact_id, f.quote
from facts_enriched f
join indicators i using (indicator_code)
join units u on u.unit = i.unit
where i.category = $category
order by u.name_en, f.indicator_code, f.period_start, f.kind
