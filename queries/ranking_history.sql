-- ranking_history: where has Liling stood on each ranking list, edition by edition?
-- Grain: one row per list x year x kind x source (rank, derived earlier rank, or target rank).
-- Parameters: $scope — 'national', 'provincial' or 'municipal';
--             $many_editions — true: lists with ranks for two or more years; false: the others.
with editions as (
    select list_code, count(distinct year) as years
    from rankings
    where kind in ('rank', 'derived') and region_code = 'liling'
    group by list_code
)
select r.list_code, r.list_name_zh, r.list_name_en, r.scope, r.year, r.period, r.rank,
    r.stated_change, r.kind, r.approx, r.edition_zh, r.source_id, r.fact_id, r.formula,
    r.quote, r.note
from rankings r
join editions e using (list_code)
where r.scope = $scope and r.region_code = 'liling' and (e.years > 1) = $many_editions
order by r.list_code, r.year, r.kind
