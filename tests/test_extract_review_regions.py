"""A new region proposed by intake is registered in one step (regions.csv row with its division code)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import validate
from dashboard.curated import read_all
from dashboard.review import add_region, proposed_regions


def test_proposed_regions_come_from_the_notes():
    df = pd.DataFrame({"note": ["new region? 宜都市 (420581); aligned item by item", "", "new ranking list?"]})
    assert proposed_regions(df) == {"宜都市": "420581"}


def test_a_new_region_is_added_once_with_its_code_and_the_data_stay_valid(data_copy: Path):
    assert add_region("420581", data_copy) is None
    rows = {r["region_code"]: r for r in read_all(data_copy)["regions"]}
    assert rows["cn420581"]["name_zh"] == "宜都市" and rows["cn420581"]["level"] == "county-level city"
    assert rows["cn420581"]["parent_code"] == ""  # 宜昌市 is not in the region table
    assert add_region("420581", data_copy) is not None  # a second confirmation adds nothing
    assert sum(r["name_zh"] == "宜都市" for r in read_all(data_copy)["regions"]) == 1
    assert add_region("999999", data_copy) is not None
    assert validate.check_references(read_all(data_copy)) == []


def test_a_county_of_the_prefecture_gets_its_parent(data_copy: Path):
    assert add_region("430223", data_copy) is None  # 攸县, in 株洲市
    rows = {r["region_code"]: r for r in read_all(data_copy)["regions"]}
    assert rows["cn430223"]["parent_code"] == "zhuzhou" and rows["cn430223"]["level"] == "county"
