-- industry_systems: what are the tiers and members of each industry system, named or not?
-- Grain: one row per slot of a system tier (unnamed slots included, with member_zh null).
-- Parameters: none.
select t.system_code, t.system_label, t.system_name_zh, t.system_name_en, t.region_code,
    t.tier_order, t.tier_code, t.tier_name_zh, t.tier_name_en, t.tier_size, s.member_order,
    s.member_zh, s.member_en, s.is_named, coalesce(s.source_ids, t.source_id) as source_ids,
    coalesce(s.quote, t.quote) as quote, coalesce(s.note, t.note) as note
from industry_tiers t
left join industry_slots s using (system_code, tier_code)
order by case t.region_code when 'liling' then 1 when 'liling_edz' then 2 else 3 end,
    t.system_code, t.tier_order, s.member_order
