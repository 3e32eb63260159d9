-- brief_region: the region a brief is about (its name) and the region above it.
-- Grain: one row (the region).
-- Parameters: $home (the site's home region, bound by db.run).
select r.region_code, r.name_zh, r.name_en, p.name_zh as parent_zh, p.name_en as parent_en
from regions r
left join regions p on p.region_code = r.parent_code
where r.region_code = $home
