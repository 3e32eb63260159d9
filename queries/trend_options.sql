-- trend_options: the indicators that have figures for two or more periods in a region (each gets a
-- time-series view), with the regions that have them.
-- Grain: one row per indicator x region with two or more periods.
-- Parameters: none.
select f.indicator_code, i.name_zh, i.name_en, i.unit, i.category, c.sort_order as category_order,
    f.region_code, r.name_zh as region_zh, r.name_en as region_en, r.sort_order as region_order,
    count(distinct f.period) as periods
from facts_enriched f
join indicators i using (indicator_code)
join categories c on c.category = i.category
join regions r on r.region_code = f.region_code
where i.category <> 'shares'
    -- a stated change of rank is shown with its rank, not as a series of its own
    and f.indicator_code not in (select change_indicator_code from ranking_lists
                                 where change_indicator_code is not null)
group by all
having count(distinct f.period) > 1
order by category_order, f.indicator_code, region_order
