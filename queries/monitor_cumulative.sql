-- monitor_cumulative: the statistics bureau's standard chart: each indicator's cumulative figure
-- from January (1-2月, 一季度, 1-5月 ...) by the month it runs to, one line per year, for the home
-- region and its prefecture. Indicators in the order a meeting reads them: those both regions hold
-- first, then those with more years, then more points (a chart of one point comes last).
-- Grain: one row per indicator x region x period (cumulative grain only; an actual beats an
-- estimate, a figure stated by two documents takes the newer source).
-- Parameters: $home, $prefecture (the site's regions, bound by db.run).
with cumulative as (
    select f.*, s.date_from as source_date, row_number() over (
            partition by f.indicator_code, f.region_code, f.period
            order by f.kind = 'actual' desc, s.date_from desc nulls last, f.fact_id) as n
    from facts_enriched f
    join sources s using (source_id)
    where f.grain = 'cumulative' and f.region_code in ($home, $prefecture)
        and f.kind in ('actual', 'estimate', 'derived')
),
final as (
    select c.indicator_code, i.name_zh, i.name_en, i.unit, coalesce(u.label_en, '') as unit_en,
        u.name_en as unit_name_en,
        i.decimals, c.region_code, r.name_zh as region_zh, r.name_en as region_en,
        c.region_code = $home as is_home, c.period, c.period_end as year, c.month_end as month,
        c.value_in_indicator_unit as value, c.kind, c.approx, c.source_id, c.fact_id, c.quote,
        k.sort_order as category_order, r.sort_order as region_order
    from cumulative c
    join indicators i on i.indicator_code = c.indicator_code
    join categories k on k.category = i.category
    join regions r on r.region_code = c.region_code
    left join units u on u.unit = i.unit
    where c.n = 1
),
richness as (
    select indicator_code, count(distinct region_code) as regions, count(distinct year) as years,
        count(*) as points
    from final group by indicator_code
)
select final.* exclude (category_order, region_order) from final join richness using (indicator_code)
order by richness.regions desc, richness.years desc, richness.points desc, category_order, indicator_code,
    region_order, year, month
