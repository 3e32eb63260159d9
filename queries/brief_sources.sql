-- brief_sources: the documents a brief cites, with what its notes and sources list need.
-- Grain: one row per document.
-- Parameters: none.
select source_id, title_zh, title_en, label_zh, label_en, publisher, date_from, text
from sources
order by date_from, source_id
