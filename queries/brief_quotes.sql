-- brief_quotes: the document and verbatim quote of given figures (those a chart plots).
-- Grain: one row per figure (fact).
-- Parameters: $fact_ids (list of fact ids).
select fact_id, kind, period, period_end, source_id, quote, formula
from facts_enriched
where list_contains($fact_ids, fact_id)
order by fact_id
