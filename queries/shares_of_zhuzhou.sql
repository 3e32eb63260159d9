-- shares_of_zhuzhou: which shares of Zhuzhou does Liling hold (规模工业, 人口, GDP, 税收), in the
-- newest period stated for each?
-- Grain: one row per share indicator (its newest period); a share stated in two documents for that
-- period keeps both sources.
-- Parameters: $home (the site's home region, bound by db.run).
with shares as (
    select f.indicator_code, i.name_zh, i.name_en, f.period, f.period_end, f.value, f.stated,
        f.source_id, f.fact_id, f.quote, f.note,
        max(f.period_end) over (partition by f.indicator_code) as newest
    from facts_enriched f
    join indicators i using (indicator_code)
    where f.kind = 'share' and f.region_code = $home and i.category = 'shares'
        and f.grain in ('annual', 'multi_year')  -- a share of 1-5月 never stands in for the year's
),
final as (
    select indicator_code, min(name_zh) as name_zh, min(name_en) as name_en, period,
        'share' as kind,
        min(value) as value, min(stated) as stated,
        string_agg(source_id, ' ' order by source_id) as source_ids,
        string_agg(fact_id, ' ' order by fact_id) as fact_ids,
        min(quote) as quote, min(note) as note
    from shares
    where period_end = newest
    group by indicator_code, period
)
select * from final order by value desc
