-- brief_targets: the targets a brief reports as of a year: those in force in $year (their period
-- covers it); if none, the next ones (the earliest period starting after $year).
-- Grain: one row per target (fact), by category order, the year's own targets first.
-- Parameters: $year (the brief's year).
with ahead as (
    select * from facts_enriched where kind = 'target' and period_end >= $year
),
in_force as (
    select * from ahead where period_start <= $year
),
chosen as (
    select * from in_force
    union all
    select * from ahead
    where not exists (select 1 from in_force)
        and period_start = (select min(period_start) from ahead)
)
select c.fact_id, c.indicator_code, i.name_zh, i.name_en, c.region_code, r.name_zh as region_zh,
    r.name_en as region_en, c.period, c.period_start, c.period_end, c.value, c.unit,
    u.label_en as unit_en, i.decimals, c.kind, c.approx, c.stated, c.formula, c.source_id, c.quote
from chosen c
join indicators i using (indicator_code)
join regions r using (region_code)
left join units u on u.unit = c.unit
join categories k on k.category = c.category
order by k.sort_order, c.period_start desc, r.sort_order, c.fact_id
