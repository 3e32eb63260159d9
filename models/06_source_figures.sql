-- source_figures: how many figures the dashboard shows from each source document.
-- Grain: one row per source (sources with no figure have 0).
-- Reads: sources, facts_enriched.
create table source_figures as
select s.source_id, count(f.fact_id) as figures
from sources s
left join facts_enriched f using (source_id)
group by s.source_id
order by s.source_id;
