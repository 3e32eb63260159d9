-- facts_export: every figure as `python -m dashboard facts` and the data explorer's downloads give it.
-- Grain: one row per figure (a figure stated in two documents gives two rows, one per source).
-- A year and its months sit side by side: by first year, then end year, then end month (YYYY-01/03, YYYY).
-- Reads: facts_enriched, regions, indicators, categories.
create view facts_export as
select r.name_zh as region, i.name_zh as indicator, f.period, f.value, f.unit, f.kind,
    f.source_id as source, f.quote, f.month_start, f.month_end, f.grain
from facts_enriched f
join regions r using (region_code)
join indicators i using (indicator_code)
join categories c on c.category = i.category
order by c.sort_order, f.indicator_code, r.sort_order, f.period_start, f.period_end, f.month_end,
    f.month_start, f.kind,
    f.source_id, f.fact_id;
