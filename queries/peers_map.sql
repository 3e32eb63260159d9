-- peers_map: every county-level unit of the home region's province for the map, the home region and its
-- chosen peers marked, each chosen one with its figure for the chosen metric (a ranking list or an
-- indicator) in the period the most chosen regions hold (the newest among ties).
-- Grain: one row per county-level unit of the province (national code).
-- Parameters: $peers — list of region codes; $metric — a list_code or indicator_code ('' = none);
-- $home (bound by db.run).
with home as (
    select p.* from places p join regions r on r.division_code = p.division_code where r.region_code = $home
),
chosen as (
    select unnest($peers) as region_code union select $home
),
metric_rows as (
    select region_code, year as period_start, period, rank as value, '位' as unit, kind, approx, source_id,
        fact_id, quote, list_name_zh as metric_zh, list_name_en as metric_en, true as is_rank
    from rankings
    where list_code = $metric and kind = 'rank' and not implied
    union all
    select f.region_code, f.period_start, f.period, f.value_in_indicator_unit, f.indicator_unit, f.kind,
        f.approx, f.source_id, f.fact_id, f.quote, i.name_zh, i.name_en, false
    from facts_enriched f join indicators i using (indicator_code)
    where f.indicator_code = $metric and f.kind in ('actual', 'estimate')
),
pick as (
    select period from metric_rows join chosen using (region_code)
    group by period order by count(distinct region_code) desc, max(period_start) desc, period desc limit 1
),
values_ as (
    select m.* from metric_rows m join pick using (period) join chosen using (region_code)
    qualify row_number() over (partition by m.region_code order by m.kind = 'actual' desc, m.fact_id) = 1
)
select p.division_code, p.region_code, p.name_zh, p.name_en, p.short_zh, p.short_en,
    p.parent_division_code, p.province_code, h.parent_division_code as prefecture_division_code,
    q.name_zh as prefecture_zh, q.name_en as prefecture_en,
    p.region_code = $home as is_home, c.region_code is not null and p.region_code <> $home as is_peer,
    v.value, v.unit, v.period, v.kind, v.approx, v.metric_zh, v.metric_en, coalesce(v.is_rank, false) as is_rank,
    v.source_id, v.fact_id, v.quote
from places p
cross join home h
left join places q on q.division_code = h.parent_division_code
left join chosen c on c.region_code = p.region_code
left join values_ v on v.region_code = p.region_code
where p.level = 'county' and p.province_code = h.province_code
order by p.division_code;
