-- peers_candidates: the regions /peers offers beside the home region, in the order it proposes them:
-- those sharing ranking lists (list x edition) with the home region, then the prefecture's other
-- county-level units, then the province's other county-level units.
-- Grain: one row per region (the home region first).
-- Parameters: $home (bound by db.run).
with home as (
    select p.* from places p join regions r on r.division_code = p.division_code where r.region_code = $home
),
home_lists as (
    select distinct list_code, year from rankings where region_code = $home and kind = 'rank' and not implied
),
shared as (
    select r.region_code, count(distinct (r.list_code, r.year)) as shared_lists
    from rankings r join home_lists h using (list_code, year)
    where r.kind = 'rank' and r.region_code <> $home
    group by r.region_code
),
figures as (
    select region_code, count(*) as figures from facts_enriched group by region_code
)
select p.region_code, p.division_code, p.name_zh, p.name_en, p.short_zh, p.short_en, p.level,
    p.parent_division_code, p.province_code, p.region_code = $home as is_home,
    p.parent_division_code = h.parent_division_code as same_prefecture,
    coalesce(s.shared_lists, 0) as shared_lists, coalesce(f.figures, 0) as figures,
    p.region_code <> $home and (coalesce(s.shared_lists, 0) > 0 or p.parent_division_code = h.parent_division_code)
        as is_default
from places p
cross join home h
left join shared s on s.region_code = p.region_code
left join figures f on f.region_code = p.region_code
where (p.level = 'county' and p.province_code = h.province_code) or s.region_code is not null
order by is_home desc, shared_lists desc, same_prefecture desc, p.division_code;
