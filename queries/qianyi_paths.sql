-- qianyi_paths: when would Liling's GDP and the zone's revenue pass 1000亿元 at the yearly growth
-- the 千亿时代 goals state (地区生产总值每年增长8%左右; 经开区技工贸总值每年增长12%左右)?
-- Each path starts from the newest yearly outcome of its indicator (an actual, or an estimate when
-- that is the newest: the base's kind is kept); later years are projections:
-- base x (1 + rate/100)^(year - base year), not statistics. A path runs to the end of the
-- programme's horizon or to the year it passes 1000亿元, whichever is later (at most 15 years).
-- Grain: one row per path x year.
-- Parameters: none.
with rates as (
    select region_code, indicator_code as rate_code, value as rate, fact_id as rate_fact_id,
        source_id as rate_source_id, period_end as horizon
    from facts_enriched
    where programme = '千亿时代' and kind = 'target' and unit = '%'
        and indicator_code in ('gdp_growth', 'park_revenue_growth')
),
bases as (
    select region_code, indicator_code, period_start as base_year, value_in_indicator_unit as base_value,
        kind as base_kind, fact_id as base_fact_id, source_id as base_source_id,
        row_number() over (partition by region_code, indicator_code
                           order by period_end desc, kind = 'actual' desc, fact_id) as n
    from facts_enriched
    where kind in ('actual', 'estimate') and grain = 'annual'
        and indicator_code in ('gdp', 'park_revenue')
),
paths as (
    select b.* exclude (n), r.rate, r.rate_fact_id, r.rate_source_id, r.horizon
    from bases b
    join rates r on r.region_code = b.region_code and r.rate_code = b.indicator_code || '_growth'
    where b.n = 1
),
years as (
    select p.*, p.base_year + k.k as year,
        p.base_value * pow(1 + p.rate / 100, k.k) as value
    from paths p cross join range(0, 16) k(k)
),
ends as (
    select indicator_code, region_code,
        greatest(max(horizon), coalesce(min(year) filter (where value >= 1000), 0)) as last_year
    from years group by all
),
final as (
    select y.indicator_code, i.name_zh, i.name_en, y.region_code, y.year, y.value,
        case when y.year = y.base_year then y.base_kind else 'projection' end as kind,
        y.base_year, y.base_value, y.rate, y.base_fact_id, y.rate_fact_id,
        y.base_source_id || ' ' || y.rate_source_id as source_ids
    from years y
    join ends e using (indicator_code, region_code)
    join indicators i on i.indicator_code = y.indicator_code
    where y.year <= e.last_year
)
select * from final order by indicator_code, year
