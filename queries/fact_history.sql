-- fact_history: every revision of the figures matching the explorer's filters, with its source.
-- Grain: one row per revision (curated rows are revision 1; each import may add a revision).
-- Parameters: $regions, $categories, $periods, $kinds, $grains — lists of codes (an empty list means all).
select f.fact_id, r.name_zh as region_zh, r.name_en as region_en, i.name_zh as indicator_zh,
    i.name_en as indicator_en, f.period, f.grain, f.kind, f.revision, f.is_latest, f.value, f.unit,
    f.source_id, coalesce(f.batch_id, '') as batch_id, f.quote
from fact_revisions f
join regions r using (region_code)
join indicators i using (indicator_code)
where (len($regions) = 0 or list_contains($regions, f.region_code))
    and (len($categories) = 0 or list_contains($categories, i.category))
    and (len($periods) = 0 or list_contains($periods, f.period))
    and (len($kinds) = 0 or list_contains($kinds, f.kind))
    and (len($grains) = 0 or list_contains($grains, f.grain))
    and (f.region_code, f.indicator_code, f.period, f.kind) in (
        select (region_code, indicator_code, period, kind) from fact_revisions
        group by all having count(distinct revision) > 1)
order by f.indicator_code, f.region_code, f.period, f.kind, f.revision
