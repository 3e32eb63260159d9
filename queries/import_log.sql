-- import_log: every accepted import batch, newest first.
-- Grain: one row per batch.
-- Parameters: none.
select batch_id, imported_at, editor, file_name, sha256, rows_added, rows_revised
from import_log
order by batch_id desc
