-- ranking_history: where has Liling stood on each ranking list, edition by edition?
-- Grain: one row per list x year x kind x source (rank, derived earlier rank, or target rank).
-- Parameters: $scope — 'national', 'provincial' or 'municipal'.
select r.list_code, r.list_name_zh, r.list_name_en, r.scope, r.year, r.period, r.rank,
    r.stated_change, r.kind, r.approx, r.edition_zh, r.source_id, r.fact_id, r.formula,
    r.quote, r.note
from rankings r
where r.scope = $scope and r.region_code = 'liling'
order by r.list_code, r.year, r.kind
