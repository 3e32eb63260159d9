-- industry_systems: what are the tiers and members of each industry system, named or not?
-- Grain: one row per slot of a system tier (unnamed slots included, with member_zh null).
-- Order: the home region's systems, then those of the places within it, then the others.
-- Parameters: $home (the site's home region, bound by db.run).
select t.system_code, t.system_label, t.system_name_zh, t.system_name_en, t.region_code,
    t.tier_order, t.tier_code, t.tier_name_zh, t.tier_name_en, t.tier_size, s.member_order,
    s.member_zh, s.member_en, s.is_named, coalesce(s.source_ids, t.source_id) as source_ids,
    coalesce(s.quote, t.quote) as quote, coalesce(s.note, t.note) as note
from industry_tiers t
left join industry_slots s using (system_code, tier_code)
order by case when t.region_code = $home then 1
    when t.region_code in (select region_code from regions where parent_code = $home) then 2 else 3 end,
    t.system_code, t.tier_order, s.member_order
