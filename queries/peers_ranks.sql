-- peers_ranks: the home region and its chosen peers side by side, on each list and edition that ranks
-- at least one chosen peer (a region the edition does not rank has no row: the page says so).
-- Grain: one row per list x edition x region x source (stated ranks only).
-- Parameters: $peers — list of region codes; $home (bound by db.run).
with chosen as (
    select unnest($peers) as region_code union select $home
),
editions as (
    select distinct r.list_code, r.year
    from rankings r
    where r.kind = 'rank' and not r.implied and list_contains($peers, r.region_code) and r.region_code <> $home
)
select r.list_code, r.list_name_zh, r.list_name_en, r.scope, r.year, r.period, r.edition_zh, r.region_code,
    g.name_zh as region_zh, g.name_en as region_en, g.short_zh, g.short_en, r.rank, r.approx, r.kind,
    r.stated_change, r.source_id, r.fact_id, r.quote, r.region_code = $home as is_home
from rankings r
join editions e using (list_code, year)
join chosen c using (region_code)
join regions g using (region_code)
where r.kind = 'rank' and not r.implied
order by r.list_code, r.year, r.rank, r.source_id;
