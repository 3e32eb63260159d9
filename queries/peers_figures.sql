-- peers_figures: the figures the home region shares with its chosen peers: an indicator and period (the
-- same period string, so the same grain) that the home region and at least one peer both state.
-- Actual figures before estimates; one source per figure.
-- Grain: one row per indicator x period x region.
-- Parameters: $peers — list of region codes; $home (bound by db.run).
with chosen as (
    select unnest($peers) as region_code union select $home
),
held as (
    select f.*
    from facts_enriched f
    join chosen using (region_code)
    where f.kind in ('actual', 'estimate')
    qualify row_number() over (partition by f.region_code, f.indicator_code, f.period
                               order by f.kind = 'actual' desc, f.fact_id) = 1
),
common as (
    select indicator_code, period from held group by indicator_code, period
    having count(distinct region_code) >= 2 and bool_or(region_code = $home)
)
select h.indicator_code, i.name_zh, i.name_en, i.decimals, h.period, h.period_start, h.region_code,
    g.name_zh as region_zh, g.name_en as region_en, g.short_zh, g.short_en, h.value, h.unit,
    h.value_in_indicator_unit, h.indicator_unit, h.kind, h.approx, h.source_id, h.fact_id, h.quote,
    h.region_code = $home as is_home
from held h
join common using (indicator_code, period)
join indicators i using (indicator_code)
join regions g on g.region_code = h.region_code
order by i.category, h.indicator_code, h.period_start desc, h.period, is_home desc, g.sort_order;
