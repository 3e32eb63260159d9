-- ranking_history: where have Liling (and the other places named in the same lists) stood on each
-- ranking list with two or more editions for Liling, edition by edition? Lists are never merged:
-- a list is its own list_code, with its publisher where the documents name one.
-- Grain: one row per list x region x year x kind x source (rank, derived earlier rank, target).
-- Order: the list with the newest edition for the home region first (its views follow this order).
-- Parameters: $home (the site's home region, bound by db.run).
with editions as (
    select list_code, count(distinct year) as years, max(year) as newest
    from rankings
    where kind in ('rank', 'derived') and region_code = $home
    group by list_code
)
select r.list_code, r.list_name_zh, r.list_name_en, r.publisher, r.scope, r.region_code,
    g.name_zh as region_zh, g.name_en as region_en, r.year, r.period, r.rank, r.stated_change,
    r.kind, r.approx, r.region_code = $home as is_home, r.edition_no, r.edition_zh, r.source_id, r.fact_id, r.formula, r.quote, r.note
from rankings r
join editions e using (list_code)
join regions g using (region_code)
where e.years > 1 and not r.implied
order by e.newest desc, case r.scope when 'national' then 1 when 'provincial' then 2 else 3 end, r.list_code,
    r.region_code = $home desc, r.region_code, r.year, r.kind
