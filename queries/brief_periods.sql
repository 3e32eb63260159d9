-- brief_periods: which years can a brief be "as of"? The years that have stated figures
-- (actual, estimate, share, rank, derived; targets and projections look ahead, so they do not count).
-- Grain: one row per year (the end year of a figure's period).
-- Parameters: none.
select distinct period_end as year
from facts_enriched
where kind not in ('target', 'projection')
order by year
