-- facts_enriched: the figures the dashboard shows, the latest revision of each.
-- Grain: one row per figure (a figure stated in two documents has two rows, one per source).
-- Reads: fact_revisions.
create table facts_enriched as
select * exclude (is_latest) from fact_revisions where is_latest order by fact_id;
