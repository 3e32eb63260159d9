-- targets_table: every target the documents set, with its horizon and programme.
-- Grain: one row per target figure.
-- Parameters: $lang_en — true for English names.
select coalesce(f.programme, '') as programme,
    case when $lang_en then r.name_en else r.name_zh end as region,
    case when $lang_en then i.name_en else i.name_zh end as indicator,
    f.period, f.value, f.unit, f.approx, f.source_id, f.fact_id, f.quote
from facts_enriched f
join indicators i using (indicator_code)
join regions r using (region_code)
where f.kind = 'target'
order by f.programme nulls last, f.period_end, f.fact_id
