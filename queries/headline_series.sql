-- headline_series: every stated outcome of each headline indicator in its headline region, one per
-- period (the cockpit's sparkline, its comparable earlier period and the 数据截至 line).
-- Grain: one row per headline (section x indicator x region) x period. Of two figures for one period,
-- an actual beats a share, an estimate, a derived value; of two sources, the newer document wins.
-- Parameters: $section — a section of headlines.csv ('size', 'growth').
with picked as (
    select h.sort_order, h.indicator_code, h.region_code
    from headlines h
    where h.section = $section
),
outcomes as (
    select p.sort_order, f.indicator_code, f.region_code, f.period,
        f.value_in_indicator_unit as value, f.kind, f.approx, f.source_id, f.fact_id, f.quote,
        row_number() over (
            partition by f.indicator_code, f.region_code, f.period
            order by case f.kind when 'actual' then 1 when 'share' then 1 when 'estimate' then 2 else 3 end,
                s.date_from desc nulls last, f.fact_id
        ) as n
    from picked p
    join facts_enriched f on f.indicator_code = p.indicator_code and f.region_code = p.region_code
    join sources s on s.source_id = f.source_id
    where f.kind in ('actual', 'estimate', 'derived', 'share')
),
final as (
    select sort_order, indicator_code, region_code, period, value, kind, coalesce(approx, '') as approx,
        source_id, fact_id, quote
    from outcomes
    where n = 1
)
select * from final order by sort_order, period
