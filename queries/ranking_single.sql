-- ranking_single: the home region's place on the lists that have a single edition for it (every scope: the
-- list names say national, provincial or municipal).
-- Grain: one row per list x source (ranks only; targets are on the targets page); newest editions first.
-- Parameters: $home (the site's home region, bound by db.run).
with editions as (
    select list_code, count(distinct year) as years
    from rankings
    where kind in ('rank', 'derived') and region_code = $home
    group by list_code
)
select r.list_code, r.list_name_zh, r.list_name_en, r.publisher, r.scope, r.year, r.period, r.rank,
    r.stated_change, r.kind, r.approx, r.edition_zh, r.source_id, r.fact_id, r.formula, r.quote,
    r.note
from rankings r
join editions e using (list_code)
where r.region_code = $home and e.years = 1 and r.kind = 'rank' and not r.implied
order by r.year desc, case r.scope when 'national' then 1 when 'provincial' then 2 else 3 end, r.rank,
    r.list_code
