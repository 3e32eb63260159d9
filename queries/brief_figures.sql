-- brief_figures: the headline figures of a brief's topic as of a year: for each indicator and
-- region of the topic's categories, its newest stated figure up to $year (an actual before an
-- estimate of the same period; one figure when several documents state the same one).
-- Grain: one row per indicator x region, newest periods first, then category and document order.
-- Parameters: $categories (list of category codes), $kinds (list of kinds), $year (the brief's year).
with candidates as (
    select f.*, row_number() over (
        partition by f.indicator_code, f.region_code
        order by f.period_end desc, f.period_start desc, f.kind = 'actual' desc, f.fact_id) as n
    from facts_enriched f
    where list_contains($categories, f.category) and list_contains($kinds, f.kind)
        and f.period_end <= $year and f.grain in ('annual', 'multi_year')  -- years; months: latest_running
)
select c.fact_id, c.indicator_code, i.name_zh, i.name_en, c.region_code, r.name_zh as region_zh,
    r.name_en as region_en, c.period, c.period_start, c.period_end, c.value, c.unit,
    u.label_en as unit_en, i.decimals, c.kind, c.approx, c.stated, c.formula, c.source_id, c.quote
from candidates c
join indicators i using (indicator_code)
join regions r using (region_code)
left join units u on u.unit = c.unit
join categories k on k.category = c.category
where c.n = 1
order by c.period_end desc, k.sort_order, r.sort_order, c.fact_id
