-- outcome_periods: every period for which the data hold a stated outcome (not a target, not a rank),
-- with the newest document stating one: what the overview's 数据截至 line reads.
-- Grain: one row per period.
-- Parameters: none.
select f.period, count(*) as figures, max(s.date_from) as newest_source_date
from facts_enriched f
join sources s on s.source_id = f.source_id
where f.kind in ('actual', 'estimate', 'share', 'derived')
group by f.period
order by f.period
