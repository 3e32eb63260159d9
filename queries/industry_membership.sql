-- industry_membership: which industries appear in which industry system (Liling, the zone, Zhuzhou)?
-- Grain: one row per system tier x slot x industry (a member covering two industries gives two
-- rows; an unnamed slot gives one row with industry_key null).
-- Parameters: $home, $prefecture (the site's home region and its parent, bound by db.run).
with slots as (
    select s.*, t.system_label, t.system_label_en, t.system_name_zh, t.system_name_en, t.region_code, t.tier_order,
        t.tier_name_zh, t.tier_name_en, t.tier_size
    from industry_slots s
    join industry_tiers t using (system_code, tier_code)
),
exploded as (
    select s.*, unnest(string_split(coalesce(s.industry_key, ''), ' ')) as key
    from slots s
),
final as (
    select e.system_code, e.system_label, e.system_label_en, e.system_name_zh, e.system_name_en, e.region_code,
        e.tier_code, e.tier_order, e.tier_name_zh, e.tier_name_en, e.tier_size, e.member_order,
        g.short_zh as region_short_zh, g.short_en as region_short_en, t.matrix_order,
        e.member_zh, e.member_en, e.is_named, nullif(e.key, '') as industry_key,
        i.name_zh as industry_zh, i.name_en as industry_en, i.sort_order as industry_order,
        coalesce(e.source_ids, t.source_id) as source_ids
    from exploded e
    join industry_tiers t using (system_code, tier_code)
    join regions g on g.region_code = e.region_code
    left join industries i on i.industry_key = nullif(e.key, '')
)
select * from final
order by case region_code when $prefecture then 1 when $home then 2 else 3 end,
    system_code, tier_order, member_order, industry_order
