-- fact_detail: one figure with everything known about it (for the source popovers and links).
-- Grain: one row (or none for an unknown id).
-- Parameters: $fact_id.
select f.*, i.name_zh as indicator_zh, i.name_en as indicator_en, r.name_zh as region_zh,
    r.name_en as region_en, s.label_zh as source_label_zh, s.label_en as source_label_en
from facts_enriched f
join indicators i using (indicator_code)
join regions r using (region_code)
join sources s using (source_id)
where f.fact_id = $fact_id
