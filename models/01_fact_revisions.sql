-- fact_revisions: every revision of every figure (curated rows, then each import batch), enriched.
-- Grain: one row per figure revision (fact_id); `is_latest` marks the revision the dashboard shows.
-- Periods: period_start/period_end are years; month_start/month_end (1-12) and grain
-- (annual, multi_year, month, cumulative, quarter, months) come from period_spans, which the build
-- fills with the one grammar (dashboard/periods.py).
-- Reads: the raw `facts` table (curated rows plus replayed import batches), period_spans,
-- indicators, units.
create table fact_revisions as
with periods as (
    select f.*, s.period_start, s.month_start, s.period_end, s.month_end, s.grain
    from facts f
    join period_spans s using (period)
),
final as (
    select p.fact_id, p.region_code, p.indicator_code, p.period, p.period_start, p.period_end,
        p.month_start, p.month_end, p.grain,
        p.value, p.unit,
        -- unit change: from the stated unit to the indicator's unit (e.g. 万人 -> 人)
        p.value * su.factor / iu.factor as value_in_indicator_unit,
        i.unit as indicator_unit, iu.label_en as indicator_unit_en, i.category, p.kind,
        coalesce(p.approx, '') as approx,
        p.stated, p.programme, p.source_id, p.quote, p.note, p.formula, p.inputs,
        p.batch_id, p.revision, p.is_latest
    from periods p
    join indicators i using (indicator_code)
    join units su on su.unit = p.unit
    join units iu on iu.unit = i.unit
)
select * from final order by fact_id;
