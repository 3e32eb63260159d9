-- headline_ranks: the home region's latest rank on each national list that has more than one edition,
-- with the stated change.
-- Grain: one row per list (its latest stated edition); the newest editions first.
-- Parameters: $home (the site's home region, bound by db.run).
with stated as (
    select * from rankings
    where kind = 'rank' and region_code = $home and scope = 'national' and not implied
),
latest as (
    select *, row_number() over (partition by list_code order by year desc) as n from stated
)
select list_code, list_name_zh, list_name_en, year, period, rank, coalesce(approx, '') as approx,
    stated_change, edition_zh, kind,
    source_id, fact_id, quote
from latest
where n = 1
order by year desc, stated_change is null, rank
