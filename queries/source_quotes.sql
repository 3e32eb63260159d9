-- source_quotes: every passage of one document that the dashboard quotes, to highlight.
-- Grain: one row per quoting record (figures, ranking editions, industry tiers and members).
-- Parameters: $source_id.
select fact_id as ref, quote from fact_revisions where source_id = $source_id
union all
select list_code || ':' || period, quote from ranking_editions where source_id = $source_id
union all
select system_code || ':' || tier_code, quote from industry_tiers where source_id = $source_id
union all
select system_code || ':' || tier_code || ':' || member_zh, quote
from industry_members where source_id = $source_id
order by ref
