-- trend: every stated figure of the chosen indicators in the chosen regions over time, with the
-- earlier revisions of each (is_latest = false) so that revisions stay visible.
-- Grain: one row per figure revision (indicator x region x period x kind x source x revision);
-- grain and months say which series a figure belongs to (a year's, or a run of months' such as 一季度).
-- Parameters: $indicators — list of indicator codes; $regions — list of region codes (empty: all).
select f.indicator_code, i.name_zh, i.name_en, i.unit, coalesce(f.indicator_unit_en, '') as unit_en,
    u.name_en as unit_name_en, i.decimals, f.region_code, r.name_zh as region_zh, r.name_en as region_en,
    r.color as region_color,
    f.period, f.period_start, f.period_end, f.month_start, f.month_end, f.grain,
    f.value_in_indicator_unit as value, f.kind, f.approx,
    f.revision, f.is_latest, coalesce(f.batch_id, '') as batch_id, f.source_id, f.fact_id, f.quote,
    f.note, f.formula
from fact_revisions f
join indicators i using (indicator_code)
join units u on u.unit = i.unit
join regions r on r.region_code = f.region_code
where list_contains($indicators, f.indicator_code)
    and (len($regions) = 0 or list_contains($regions, f.region_code))
order by f.indicator_code, r.sort_order, f.grain not in ('annual', 'multi_year'), f.month_end, f.period_end, f.period_start, f.kind, f.revision, f.source_id
