-- rankings: where a region stands on each ranking list, edition by edition, with the stated change.
-- Grain: one row per region x list x edition x kind x source (rank, derived earlier rank, target).
-- `implied`: a rank stated only as "within N" (以内, e.g. 跻身百强) for an edition that also has a
-- stated position: the position says more, so displays leave the "within" row out.
-- Reads: facts_enriched, ranking_lists, ranking_editions.
create table rankings as
with ranks as (
    select f.* from facts_enriched f join ranking_lists l on l.list_code = f.indicator_code
),
changes as (
    select f.region_code, l.list_code, f.period, f.source_id, f.value as stated_change
    from facts_enriched f join ranking_lists l on l.change_indicator_code = f.indicator_code
),
final as (
    select r.fact_id, r.region_code, l.list_code, l.name_zh as list_name_zh,
        l.name_en as list_name_en, coalesce(l.publisher, '') as publisher, l.scope, l.scope_region_code,
        e.edition_no, e.edition_zh, e.published_on, r.period, r.period_start as year,
        r.value as rank, c.stated_change, r.kind, r.approx, r.source_id, r.quote,
        r.formula, r.inputs, r.note
    from ranks r
    join ranking_lists l on l.list_code = r.indicator_code
    left join ranking_editions e on e.list_code = l.list_code and e.period = r.period
    left join changes c on c.list_code = l.list_code and c.region_code = r.region_code
        and c.period = r.period and c.source_id = r.source_id
)
select *,
    kind = 'rank' and approx = '以内' and bool_or(kind = 'rank' and coalesce(approx, '') = '')
        over (partition by region_code, list_code, year) as implied
from final order by list_code, year, source_id;
