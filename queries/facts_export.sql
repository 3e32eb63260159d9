-- facts_export: every figure, as `python -m dashboard facts` and the data explorer's downloads give it.
-- Grain: one row per figure (a figure stated in two documents gives two rows, one per source).
-- Parameters: none.
select region, indicator, period, value, unit, kind, source, quote
from facts_export
