-- qianyi_paths: when would Liling's GDP and the zone's revenue pass 1000亿元 at the yearly growth
-- the 千亿时代 goals state (地区生产总值每年增长8%左右; 经开区技工贸总值每年增长12%左右)?
-- Grain: one row per path x year, 2020 (the stated actual) to 2026; years after 2020 are
-- projections: base x (1 + rate/100)^(year - 2020), not statistics.
-- Parameters: $last_year — the last year to project (e.g. 2026).
with rates as (
    select region_code, indicator_code as rate_code, value as rate, fact_id as rate_fact_id,
        source_id as rate_source_id
    from facts_enriched
    where programme = '千亿时代' and kind = 'target' and unit = '%'
        and indicator_code in ('gdp_growth', 'park_revenue_growth')
),
bases as (
    select region_code, indicator_code, period_start as base_year, value as base_value,
        fact_id as base_fact_id, source_id as base_source_id
    from facts_enriched
    where kind = 'actual' and period = '2020' and indicator_code in ('gdp', 'park_revenue')
),
paths as (
    select b.*, r.rate, r.rate_fact_id, r.rate_source_id
    from bases b
    join rates r on r.region_code = b.region_code
        and r.rate_code = b.indicator_code || '_growth'
),
final as (
    select p.indicator_code, i.name_zh, i.name_en, p.region_code, y.year,
        p.base_value * pow(1 + p.rate / 100, y.year - p.base_year) as value,
        case when y.year = p.base_year then 'actual' else 'projection' end as kind,
        p.base_year, p.base_value, p.rate, p.base_fact_id, p.rate_fact_id,
        p.base_source_id || ' ' || p.rate_source_id as source_ids
    from paths p
    join indicators i using (indicator_code)
    cross join range(2020, cast($last_year as integer) + 1) y(year)
    where y.year >= p.base_year
)
select * from final order by indicator_code, year
