-- explorer_facts: the figures matching the data explorer's filters (an empty list means all).
-- Grain: one row per figure.
-- Parameters: $regions, $categories, $periods, $kinds, $grains — lists of codes.
select f.fact_id, f.region_code, r.name_zh as region_zh, r.name_en as region_en,
    i.category, f.indicator_code, i.name_zh as indicator_zh, i.name_en as indicator_en,
    f.period, f.grain, f.value, f.unit, f.approx, f.kind, f.programme, f.source_id, f.quote, f.note,
    f.formula
from facts_enriched f
join regions r using (region_code)
join indicators i using (indicator_code)
join categories c on c.category = i.category
where (len($regions) = 0 or list_contains($regions, f.region_code))
    and (len($categories) = 0 or list_contains($categories, i.category))
    and (len($periods) = 0 or list_contains($periods, f.period))
    and (len($kinds) = 0 or list_contains($kinds, f.kind))
    and (len($grains) = 0 or list_contains($grains, f.grain))
order by c.sort_order, f.indicator_code, r.sort_order, f.period_start, f.kind, f.source_id
