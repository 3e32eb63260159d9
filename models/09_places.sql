-- places: every division (data/divisions.csv) with the region code the data use for it: regions.csv's
-- code where a curated region carries its division_code (430281 -> liling), else the national code.
-- Grain: one row per division (national code).
-- English names: regions.csv's, else division_names_en's (pinyin, devtools/sync_division_names.py).
-- Reads: divisions, division_names_en, regions.
create table places as
select coalesce(r.region_code, d.code) as region_code, d.code as division_code, d.name_zh,
    coalesce(r.name_en, e.name_en, d.name_zh) as name_en,
    coalesce(r.short_zh, nullif(d.short_name, ''), d.name_zh) as short_zh,
    coalesce(r.short_en, e.short_en, nullif(d.short_name, ''), d.name_zh) as short_en,
    d.level, d.parent_code as parent_division_code, d.province_code, d.former_names
from divisions d
left join division_names_en e on e.code = d.code
left join regions r on r.division_code = d.code
order by d.code;
