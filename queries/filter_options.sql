-- filter_options: the values each data-explorer filter offers.
-- Grain: one row per (filter, code); periods and grains come from the figures.
-- Parameters: none.
select 'region' as filter, region_code as code, name_zh, name_en, sort_order from regions
union all
select 'category', category, name_zh, name_en, sort_order from categories
union all
select 'kind', kind, name_zh, name_en, sort_order from kinds
union all
select distinct 'period', period, period, period, (period_start * 10000 + period_end) * 100 + month_end
from facts_enriched
union all
-- the grains the data hold (names: periods.grain_label), in the grammar's order
select distinct 'grain', grain, grain, grain,
    list_position(['annual', 'multi_year', 'month', 'cumulative', 'quarter', 'months'], grain)
from facts_enriched
order by filter, sort_order
