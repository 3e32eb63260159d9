-- sources_list: the source documents with their metadata, full text and number of figures shown.
-- Grain: one row per document.
-- Parameters: none.
select s.source_id, s.title_zh, s.title_en, s.label_zh, s.label_en, s.publisher, s.date_from,
    s.date_to, s.date_note, s.doc_kind, s.original_file, s.sha256, s.text,
    coalesce(s.url, '') as url, coalesce(s.mirror, '') = 'yes' as is_mirror,
    coalesce(n.figures, 0) as figures
from sources s
left join source_figures n using (source_id)
order by s.date_from, s.source_id
