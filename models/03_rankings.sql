-- rankings: where a region stands on each ranking list, edition by edition, with the stated change.
-- Grain: one row per region x list x edition x kind x source (rank, derived earlier rank, target).
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
select * from final order by list_code, year, source_id;
