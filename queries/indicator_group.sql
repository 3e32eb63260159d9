-- indicator_group: the figures of one category, to chart by unit (like with like).
-- Grain: one row per figure of the category (a figure stated in two documents is one row with
-- both sources), value in the indicator's unit; unit_name_en groups units that measure the same
-- thing (人 and 名 are both persons).
-- The region is named (region_zh, region_en, and short: region_short_zh, region_short_en): a category's
-- figures may be of several regions.
-- Parameters: $category — a category code from categories.csv.
with figures as (
    select f.indicator_code, i.name_zh, i.name_en, c.name_zh as category_zh, c.name_en as category_en, i.unit, coalesce(f.indicator_unit_en, '') as unit_en,
        u.name_en as unit_name_en, i.decimals, f.region_code, r.name_zh as region_zh, r.name_en as region_en,
        coalesce(nullif(r.short_zh, ''), r.name_zh) as region_short_zh,
        coalesce(nullif(r.short_en, ''), r.name_en) as region_short_en,
        f.period, f.period_start,
        f.value_in_indicator_unit as value, f.kind, f.approx, f.source_id, f.fact_id, f.quote
    from facts_enriched f
    join indicators i using (indicator_code)
    join units u on u.unit = i.unit
    join categories c on c.category = i.category
    join regions r using (region_code)
    where i.category = $category and f.grain in ('annual', 'multi_year')  -- months: /monitor
),
final as (
    select indicator_code, name_zh, name_en, category_zh, category_en, unit, unit_en, unit_name_en, decimals, region_code,
        region_zh, region_en, region_short_zh, region_short_en, period, period_start, value, kind,
        min(approx) as approx,
        string_agg(source_id, ' ' order by source_id) as source_ids, min(fact_id) as fact_id,
        min(quote) as quote, min(source_id) as source_id
    from figures
    group by all
)
select * from final
order by unit_name_en, indicator_code, period_start, kind
