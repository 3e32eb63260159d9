-- brief_ranks: the ranks a brief reports as of a year: every list's edition of the newest year
-- (up to $year) that has ranks (stated, or derived from a stated rank and change), with the
-- stated change against the previous edition.
-- Grain: one row per list (ranking) of that year.
-- Parameters: $year (the brief's year).
with stated as (
    select *, max(year) over () as newest
    from rankings
    where kind in ('rank', 'derived') and year <= $year
)
select s.fact_id, s.list_code, s.list_name_zh, s.list_name_en, s.scope, s.edition_no, s.edition_zh,
    s.period, s.year, s.rank, s.stated_change, s.kind, s.region_code, r.name_zh as region_zh,
    r.name_en as region_en, s.source_id, s.quote
from stated s
join regions r using (region_code)
where s.year = s.newest
order by s.scope, s.stated_change is null, s.rank
