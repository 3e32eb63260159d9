-- qianyi_paths: when would Liling's GDP and the zone's revenue pass 1000亿元 at the yearly growth
-- the 千亿时代 goals state (地区生产总值每年增长8%左右; 经开区技工贸总值每年增长12%左右), and where do
-- the stated figures stand against that?
-- path = 'now': from the newest yearly outcome of its indicator (an actual, or an estimate when that is
--   the newest: the base's kind is kept); later years are projections:
--   base x (1 + rate/100)^(year - base year), not statistics. It runs to the end of the programme's
--   horizon or to the year it passes 1000亿元, whichever is later (at most 15 years).
-- path = 'plan': the same rate from the outcome of the year before the programme began (the path the
--   goal implied), to its horizon; only where that base differs from the newest one.
-- path = 'outcome': every stated yearly actual or estimate from the plan's base year on (one a year:
--   an actual before an estimate, the newer document first); years without one have no row.
-- path = 'target': the programme's level goal at its horizon (1000亿元).
-- Grain: one row per path x indicator x year.
-- Parameters: none.
with rates as (
    select region_code, indicator_code as rate_code, value as rate, fact_id as rate_fact_id,
        source_id as rate_source_id, period_start as rate_start, period_end as horizon
    from facts_enriched
    where programme = '千亿时代' and kind = 'target' and unit = '%'
        and indicator_code in ('gdp_growth', 'park_revenue_growth')
),
yearly as (
    select f.*, s.date_from
    from facts_enriched f join sources s using (source_id)
    where f.kind in ('actual', 'estimate') and f.grain = 'annual'
        and f.indicator_code in ('gdp', 'park_revenue')
),
one_a_year as (
    select *, row_number() over (partition by region_code, indicator_code, period_end
                                 order by kind = 'actual' desc, date_from desc, fact_id) as k
    from yearly
),
bases as (
    select region_code, indicator_code, period_start as base_year, value_in_indicator_unit as base_value,
        kind as base_kind, fact_id as base_fact_id, source_id as base_source_id,
        row_number() over (partition by region_code, indicator_code
                           order by period_end desc, kind = 'actual' desc, fact_id) as n
    from yearly
),
paths as (
    select b.* exclude (n), r.rate, r.rate_fact_id, r.rate_source_id, r.rate_start, r.horizon
    from bases b
    join rates r on r.region_code = b.region_code and r.rate_code = b.indicator_code || '_growth'
    where b.n = 1
),
plan_bases as (
    select o.region_code, o.indicator_code, o.period_start as base_year,
        o.value_in_indicator_unit as base_value, o.kind as base_kind, o.fact_id as base_fact_id,
        o.source_id as base_source_id, r.rate, r.rate_fact_id, r.rate_source_id, r.rate_start, r.horizon,
        row_number() over (partition by o.region_code, o.indicator_code order by o.period_end desc) as n
    from one_a_year o
    join rates r on r.region_code = o.region_code and r.rate_code = o.indicator_code || '_growth'
    where o.k = 1 and o.period_end < r.rate_start
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
now_rows as (
    select y.indicator_code, y.region_code, 'now' as path, y.year, y.value,
        case when y.year = y.base_year then y.base_kind else 'projection' end as kind, '' as approx,
        y.base_year, y.base_value, y.rate, y.base_fact_id, y.rate_fact_id,
        y.base_source_id || ' ' || y.rate_source_id as source_ids, y.base_fact_id as fact_id
    from years y
    join ends e using (indicator_code, region_code)
    where y.year <= e.last_year
),
plan_rows as (
    select p.indicator_code, p.region_code, 'plan' as path, p.base_year + k.k as year,
        p.base_value * pow(1 + p.rate / 100, k.k) as value,
        case when k.k = 0 then p.base_kind else 'projection' end as kind, '' as approx,
        p.base_year, p.base_value, p.rate, p.base_fact_id, p.rate_fact_id,
        p.base_source_id || ' ' || p.rate_source_id as source_ids, p.base_fact_id as fact_id
    from plan_bases p
    cross join range(0, 16) k(k)
    join paths n on n.region_code = p.region_code and n.indicator_code = p.indicator_code
    where p.n = 1 and p.base_year + k.k <= p.horizon and p.base_year <> n.base_year
),
outcome_rows as (
    select o.indicator_code, o.region_code, 'outcome' as path, o.period_start as year,
        o.value_in_indicator_unit as value, o.kind, coalesce(o.approx, '') as approx,
        null as base_year, null as base_value, null as rate, null as base_fact_id, null as rate_fact_id,
        o.source_id as source_ids, o.fact_id
    from one_a_year o
    join (select indicator_code, region_code, min(base_year) as first_year
          from (select indicator_code, region_code, base_year from plan_rows
                union all select indicator_code, region_code, base_year from now_rows)
          group by all) f using (indicator_code, region_code)
    where o.k = 1 and o.period_start >= f.first_year
),
target_rows as (
    select t.indicator_code, t.region_code, 'target' as path, t.period_end as year,
        t.value_in_indicator_unit as value, 'target' as kind, coalesce(t.approx, '') as approx,
        null as base_year, null as base_value, null as rate, null as base_fact_id, null as rate_fact_id,
        t.source_id as source_ids, t.fact_id,
        row_number() over (partition by t.region_code, t.indicator_code order by t.fact_id desc) as n
    from facts_enriched t
    join rates r on r.region_code = t.region_code and r.rate_code = t.indicator_code || '_growth'
        and t.period_end = r.horizon
    where t.programme = '千亿时代' and t.kind = 'target' and t.unit <> '%'
),
final as (
    select u.indicator_code, i.name_zh, i.name_en, u.region_code, u.path, u.year, u.value, u.kind,
        u.approx, u.base_year, u.base_value, u.rate, u.base_fact_id, u.rate_fact_id, u.source_ids, u.fact_id
    from (
        select * from now_rows
        union all select * from plan_rows
        union all select * from outcome_rows
        union all select * exclude (n) from target_rows where n = 1
    ) u
    join indicators i on i.indicator_code = u.indicator_code
)
select * from final
order by indicator_code, case path when 'now' then 1 when 'plan' then 2 when 'outcome' then 3 else 4 end, year
