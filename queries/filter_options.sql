-- filter_options: the values each data-explorer filter offers.
-- Grain: one row per (filter, code).
-- Parameters: none.
select 'region' as filter, region_code as code, name_zh, name_en, sort_order from regions
union all
select 'category', category, name_zh, name_en, sort_order from categories
union all
select 'kind', kind, name_zh, name_en, sort_order from kinds
union all
select distinct 'period', period, period, period, period_start * 10000 + period_end from facts_enriched
order by filter, sort_order
