-- categories: the categories of indicators, with how many figures each holds.
-- Grain: one row per category.
-- Parameters: none.
select c.category, c.name_zh, c.name_en, c.sort_order, count(f.fact_id) as figures
from categories c
left join facts_enriched f using (category)
group by all
order by c.sort_order
