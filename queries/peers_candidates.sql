-- peers_candidates: the regions /peers offers beside the home region, in the order it proposes them:
-- those sharing ranking lists with the home region (same edition first, then another edition of a
-- list the home region is on), then the prefecture's other county-level units, then the province's
-- other county-level units a held ranking names; then the province's other county-level units.
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
same_lists as (
    select r.region_code, count(distinct r.list_code) as lists
    from rankings r where r.kind = 'rank' and r.region_code <> $home
        and r.list_code in (select list_code from home_lists)
    group by r.region_code
),
ranked as (
    select distinct region_code from rankings where kind = 'rank' and region_code <> $home
),
figures as (
    select region_code, count(*) as figures from facts_enriched group by region_code
)
select p.region_code, p.division_code, p.name_zh, p.name_en, p.short_zh, p.short_en, p.level,
    p.parent_division_code, p.province_code, p.region_code = $home as is_home,
    p.parent_division_code = h.parent_division_code as same_prefecture,
    coalesce(s.shared_lists, 0) as shared_lists, coalesce(l.lists, 0) as same_lists, coalesce(f.figures, 0) as figures,
    p.region_code <> $home and (coalesce(l.lists, 0) > 0 or p.parent_division_code = h.parent_division_code
        or (k.region_code is not null and p.province_code = h.province_code)) as is_default
from places p
cross join home h
left join shared s on s.region_code = p.region_code
left join same_lists l on l.region_code = p.region_code
left join ranked k on k.region_code = p.region_code
left join figures f on f.region_code = p.region_code
where (p.level = 'county' and p.province_code = h.province_code) or s.region_code is not null
order by is_home desc, shared_lists desc, same_lists desc, same_prefecture desc, k.region_code is not null desc,
    p.division_code;
