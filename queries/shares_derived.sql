-- shares_derived: the home region's share of its prefecture, derived for each indicator and period
-- where both state a level for the same period (home ÷ prefecture, in the indicator's unit); and, for
-- indicators both hold but never for the same period, the periods each holds (nothing is
-- interpolated or divided across periods).
-- Grain: one row per indicator x period held by both (matched = true), or per indicator x region x
-- period for an indicator both hold without a common period (matched = false).
-- Parameters: $home, $prefecture (bound by db.run).
with levels as (
    select f.indicator_code, f.region_code, f.period, f.value_in_indicator_unit as value, f.kind,
        f.fact_id, f.source_id, f.quote,
        row_number() over (partition by f.region_code, f.indicator_code, f.period
                           order by f.kind = 'actual' desc, s.date_from desc, f.fact_id) as n
    from facts_enriched f
    join sources s using (source_id)
    join indicators i using (indicator_code)
    where f.kind in ('actual', 'estimate') and f.region_code in ($home, $prefecture)
        and i.unit not in ('%', '位', '分数', '类') and i.category not in ('rankings', 'shares')
),
one as (
    select * exclude (n) from levels where n = 1
),
pairs as (
    select h.indicator_code, h.period, h.value as home_value, p.value as prefecture_value,
        h.value / p.value as share, h.kind as home_kind, p.kind as prefecture_kind,
        h.fact_id || ' ' || p.fact_id as fact_ids, h.source_id || ' ' || p.source_id as source_ids,
        h.quote as home_quote, p.quote as prefecture_quote
    from one h
    join one p on p.indicator_code = h.indicator_code and p.period = h.period
        and h.region_code = $home and p.region_code = $prefecture
    where p.value > 0
),
both_held as (
    select indicator_code from one group by indicator_code having count(distinct region_code) = 2
),
unmatched as (
    select o.indicator_code, o.region_code, o.period
    from one o
    join both_held b using (indicator_code)
    where o.indicator_code not in (select indicator_code from pairs)
),
final as (
    select true as matched, p.indicator_code, i.name_zh, i.name_en, i.unit, i.decimals, '' as region_code,
        p.period, p.home_value, p.prefecture_value, p.share, 'derived' as kind, p.home_kind,
        p.prefecture_kind, p.fact_ids, p.source_ids, p.home_quote, p.prefecture_quote
    from pairs p join indicators i using (indicator_code)
    union all
    select false, u.indicator_code, i.name_zh, i.name_en, i.unit, i.decimals, u.region_code, u.period,
        null, null, null, '', '', '', '', '', '', ''
    from unmatched u join indicators i using (indicator_code)
)
select * from final order by matched desc, indicator_code, period, region_code
