-- sources_list: the source documents with their metadata and full text.
-- Grain: one row per document.
-- Parameters: none.
select s.source_id, s.title_zh, s.title_en, s.label_zh, s.label_en, s.publisher, s.date_from,
    s.date_to, s.date_note, s.doc_kind, s.original_file, s.sha256, s.text,
    (select count(*) from facts f where f.source_id = s.source_id) as figures
from sources s
order by s.date_from, s.source_id
