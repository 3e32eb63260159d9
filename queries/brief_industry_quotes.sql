-- brief_industry_quotes: the passages that name the tiers and members of given industry systems
-- (what the industry-matrix chart plots), to quote in the brief's notes.
-- Grain: one row per document x quoted passage, by system, tier and member order.
-- Parameters: $system_codes (list of industry system codes).
with quoted as (
    select system_code, tier_order, 0 as member_order, source_id, quote
    from industry_tiers
    where list_contains($system_codes, system_code)
    union all
    select m.system_code, t.tier_order, m.member_order, m.source_id, m.quote
    from industry_members m
    join industry_tiers t using (system_code, tier_code)
    where list_contains($system_codes, m.system_code)
)
select source_id, quote, min(system_code) as system_code
from quoted
group by source_id, quote
order by min(system_code), min(tier_order), min(member_order)
