-- peers_ranks: the home region and its chosen peers side by side, on each list and edition that ranks a
-- chosen peer; when no list ranks one, the home region's newest edition of each of its lists, so what
-- the peers lack is said beside what the home region holds. `missing_zh` / `missing_en`: the chosen
-- regions the edition does not rank (in the documents), never filled in.
-- Grain: one row per list x edition x region x source (stated ranks only).
-- Parameters: $peers — list of region codes; $home (bound by db.run).
with chosen as (
    select unnest($peers) as region_code union select $home
),
shared as (
    select distinct list_code, year
    from rankings
    where kind = 'rank' and not implied and list_contains($peers, region_code) and region_code <> $home
),
home_only as (
    select distinct list_code, year
    from rankings
    where kind = 'rank' and not implied and region_code = $home and not exists (select 1 from shared)
    qualify year = max(year) over (partition by list_code)
),
editions as (
    select * from shared union all select * from home_only
),
missing as (
    select e.list_code, e.year, string_agg(p.short_zh, '、' order by p.division_code) as missing_zh,
        string_agg(p.short_en, ', ' order by p.division_code) as missing_en
    from editions e
    cross join chosen c
    join places p on p.region_code = c.region_code
    where not exists (select 1 from rankings r where r.list_code = e.list_code and r.year = e.year
                      and r.region_code = c.region_code and r.kind = 'rank' and not r.implied)
    group by e.list_code, e.year
)
select r.list_code, r.list_name_zh, r.list_name_en, r.scope, r.year, r.period, r.edition_zh, r.region_code,
    g.name_zh as region_zh, g.name_en as region_en, g.short_zh, g.short_en, r.rank, r.approx, r.kind,
    r.stated_change, r.source_id, r.fact_id, r.quote, r.region_code = $home as is_home,
    m.missing_zh, m.missing_en
from rankings r
join editions e using (list_code, year)
join chosen c using (region_code)
join regions g using (region_code)
left join missing m using (list_code, year)
where r.kind = 'rank' and not r.implied
order by case r.scope when 'national' then 1 when 'provincial' then 2 else 3 end, r.list_code, r.year, r.rank,
    r.source_id;
