-- industry_slots: every slot of every industry system, named members (sources merged) and the
-- unnamed slots a stated size implies ("3+5+2" with two members named leaves unnamed slots).
-- Grain: one row per system x tier x slot.
-- Reads: industry_tiers, industry_members.
create table industry_slots as
with named as (
    select system_code, tier_code, min(member_order) as member_order, member_zh,
        -- industry_key may hold two space-separated keys: one member covering two industries
        min(member_en) as member_en, min(industry_key) as industry_key,
        string_agg(distinct source_id, ' ' order by source_id) as source_ids,
        min(quote) as quote, max(note) as note
    from industry_members
    group by system_code, tier_code, member_zh
),
unnamed as (
    select t.system_code, t.tier_code,
        coalesce(n.named_count, 0) + s.i as member_order
    from industry_tiers t
    left join (select system_code, tier_code, count(*) as named_count from named group by all) n
        using (system_code, tier_code)
    cross join range(1, 100) s(i)
    where t.tier_size is not null and s.i <= t.tier_size - coalesce(n.named_count, 0)
),
final as (
    select system_code, tier_code, member_order, member_zh, member_en, industry_key,
        true as is_named, source_ids, quote, note
    from named
    union all
    select system_code, tier_code, member_order, null, null, null, false, null, null,
        'not named in the documents'
    from unnamed
)
select * from final order by system_code, tier_code, member_order;
