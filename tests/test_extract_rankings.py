"""Ranking notices: each place gets its own rank, under the registry's list or the notice's own name."""

from datetime import date

import pytest

from dashboard.extract import extract, rankings
from dashboard.extract.indicators import Registry


@pytest.fixture(scope="module")
def reg():
    return Registry.load()


def ranks(text: str, reg, year: int = 2018) -> dict[str, tuple]:
    return {c.region: (c.value, c.indicator, c.period) for c in rankings.read(text, year, reg, "t")}


def test_an_enumeration_aligns_place_by_place(reg):
    got = ranks("2017年县域经济百强发布,宜都市、大冶市、仙桃市、枣阳市入围,分列第80位、第82位、第86位、第99位。", reg)
    assert {r: v[0] for r, v in got.items()} == {"宜都市": 80, "大冶市": 82, "仙桃市": 86, "枣阳市": 99}
    assert {v[2] for v in got.values()} == {"2017"}


def test_short_names_and_numbers_without_ordinals(reg):
    text = "《2022赛迪百强县榜单》发布。义乌、诸暨、余姚、海宁分列第11、12、13和第15位。盐城东台,位居第37位。"
    got = ranks(text, reg)
    assert {r: v[0] for r, v in got.items()} == {"义乌市": 11, "诸暨市": 12, "余姚市": 13, "海宁市": 15, "东台市": 37}


def test_a_list_of_places_is_no_single_rank(reg):
    got = ranks("2022全国县域经济基本竞争力百强发布。浏阳市、醴陵市依次排在第12位、第61位。", reg)
    assert {r: v[0] for r, v in got.items()} == {"浏阳市": 12, "liling": 61}


def test_a_rank_of_a_scope_or_an_edition_is_not_a_notice_rank(reg):
    got = ranks("2020第二十届全国县域经济与县域综合发展前100名发布。长沙县GDP居全省第一。", reg)
    assert got == {}


def test_the_publisher_names_a_list_the_notice_names_by_field_only(reg):
    text = "赛迪顾问县域经济研究中心发布“县域经济100强(2018年)榜单,我省宜都市、大冶市上榜,分别为第80名、第84名。"
    got = ranks(text, reg)
    # 赛迪 + 县域经济 + 百强: the registry's 赛迪百强县 (data/indicator_aliases.csv names it so)
    assert got["宜都市"][1] == "rank_ccid_county_top100" and got["宜都市"][2] == "2018"


def test_a_registered_list_by_its_words(reg):
    text = "中郡研究所公布了“2020第二十届全国县域经济与县域综合发展前100名”。\n序号 | 城市名称\n1 | 江苏昆山市\n4 | 湖南长沙县"
    got = ranks(text, reg)
    assert got["昆山市"][:2] == (1, "rank_county_top100") and got["长沙县"][0] == 4
    assert {v[2] for v in got.values()} == {"2020"}


def test_a_text_that_publishes_no_list_gives_no_notice_ranks(reg):
    assert ranks("长沙县地区生产总值排名第4位。", reg) == {}


def test_other_figures_of_a_notice_are_not_a_listed_countys(reg):
    text = "赛迪顾问县域经济研究中心发布“县域经济100强(2017)”。\n1 | 昆山市\n2 | 江阴市\n百强县城镇居民人均可支配收入39165元。"
    cands = extract(text, source_id="t", doc_date=date(2017, 8, 1), registry=reg)
    income = [c for c in cands if c.value == 39165]
    assert all(c.confidence < 0.5 for c in income)


def test_a_day_and_a_reports_edition_year_date_the_document():
    from dashboard.extract import document_date

    found, how = document_date("12月16日,中郡研究所发布《2019县域经济与县域发展监测评价报告》。")
    assert found == date(2019, 12, 16) and how.startswith("year and day")
    assert document_date("12月16日,全市有2019家企业。")[0] is None


def test_a_rank_in_brackets_after_its_place(reg):
    text = "湖南4县市入围2022年全国百强县\n湖南共有4个县市入围,分别是长沙县(第4位)、浏阳市(第7位)、醴陵市(第70位)。"
    got = ranks(text, reg, None)
    assert {r: v[0] for r, v in got.items()} == {"长沙县": 4, "浏阳市": 7, "liling": 70}
    assert {v[2] for v in got.values()} == {"2022"}


def test_an_edition_dates_a_registered_list_through_the_registry(reg):
    text = "第十四届全国县域经济与县域综合发展百强发布\n长沙县、浏阳市、宁乡县、醴陵市进入百强,分列第7位、第19位、第35位、第73位。"
    got = ranks(text, reg, None)
    assert got["liling"][:2] == (73, "rank_county_top100") and got["宁乡市"][0] == 35
    held = reg.editions.get(("rank_county_top100", 14)) or str(reg.edition_offset + 14)
    assert {v[2] for v in got.values()} == {held}


def test_a_doubted_seed_rank_in_a_home_document_gives_way_to_the_notice(reg):
    text = (
        "2023年全国县域经济百强榜单发布\n7月25日,赛迪顾问县域经济研究中心发布《2023中国县域经济百强研究》,"
        "醴陵市位列第70位。"
    )
    got = [c for c in extract(text, source_id="t", doc_date=date(2023, 7, 25), registry=reg) if c.value == 70]
    assert [(c.indicator, c.period, c.confidence >= 0.5) for c in got] == [("rank_ccid_county_top100", "2023", True)]


def test_in_a_home_document_the_ranks_of_other_places_are_never_the_homes(reg):
    text = (
        "醴陵市经济发展综述\n2015年,全国县域经济与县域综合发展百强公布,长沙县、浏阳市、宁乡县、醴陵市进入百强,"
        "分列第7位、第19位、第35位、第73位。"
    )
    cands = extract(text, source_id="t", doc_date=date(2016, 1, 5), registry=reg)
    home = sorted(c.value for c in cands if c.kind == "rank" and c.region == "liling" and c.value < 100)
    assert home == [73]
    assert {c.period for c in cands if c.kind == "rank" and c.value < 100} == {"2015"}


def test_the_issues_enumeration_in_a_home_work_report_gives_liling_only_its_own_rank(reg):
    text = (
        "醴陵市人民政府工作报告\n过去一年,全市地区生产总值增长8%。长沙县、浏阳市、宁乡县、醴陵市进入全国县域经济"
        "与县域综合发展百强,分列第7位、第19位、第35位、第73位。"
    )
    cands = [c for c in extract(text, source_id="t", doc_date=date(2016, 1, 5), registry=reg) if c.kind == "rank"]
    assert sorted(c.value for c in cands if c.region == "liling" and c.value < 100) == [73]
    assert {(c.region, c.value, c.period) for c in cands if c.region == "宁乡市"} == {("宁乡市", 35, "2015")}


def test_an_announcement_verb_is_no_part_of_a_lists_name(reg):
    text = "近日,中郡研究所完成并发布监测报告,揭晓全国县域农村居民人均可支配收入前100名县市名单。醴陵市、攸县入围,分列第40位、46位。"
    got = ranks(text, reg)
    assert got["攸县"][1] == "rank_rural_income_county_top100"


def test_a_site_list_of_honours_gives_each_rank_its_own_list_and_edition(reg):
    text = (
        "株洲市醴陵市\n\n荣誉排行:\n\n2024年12月,2024赛迪投资竞争力百强县名单公布,醴陵市名列第46名。\n\n"
        "2024年9月,入选2024中国县域旅游发展潜力百强县市第43位。\n\n"
        "2024年9月,县域新型工业化综合实力全国500强(2024)发布,醴陵市位列172位。\n"
    )
    got = {c.value: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.confidence >= 0.5}
    assert (got[46].region, got[46].indicator, got[46].period) == ("liling", "rank_ccid_investment_competitiveness",
                                                                   "2024")
    assert got[43].region == "liling"  # 株洲市醴陵市: the county, not the prefecture that holds it
    assert (got[172].indicator, got[172].period) == ("rank_new_industrialization_500", "2024")


def test_a_rank_the_notice_gives_another_place_is_not_the_home_regions(reg):
    text = (
        "一周湖南關鍵詞:2023賽迪百強縣\n7月25日,賽迪顧問縣域經濟研究中心在北京發布“2023賽迪百強縣”榜單。"
        "我省長沙縣、瀏陽市、寧鄉(xiāng)市、醴陵市上榜,分別位列第10位、19位、24位、70位。"
    )
    got = [(c.region, c.value) for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"]
    assert ("liling", 70) in got and ("liling", 10) not in got


def test_a_list_named_with_100_strong_is_the_registered_one(reg):
    text = "荣誉排行:\n\n2024年6月,2024年全国县域文旅融合发展潜力100强发布,醴陵市名列第21位。\n"
    got = [c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.value == 21]
    assert [(c.indicator, c.period) for c in got] == [("rank_culture_tourism_potential", "2024")]


def test_a_rank_in_a_reports_review_is_of_the_past_year_under_its_own_list_name(reg):
    text = (
        "攸县2024年政府工作报告\n2024年1月10日在攸县第十八届人民代表大会第四次会议上\n"
        "过去一年,全县地区生产总值增长5.8%。县域经济综合竞争力居全国百强县第82位。"
    )
    got = [c for c in extract(text, source_id="t", doc_date=date(2024, 1, 10), registry=reg) if c.value == 82]
    assert [(c.region, c.indicator, c.period) for c in got] == [("攸县", "县域经济综合竞争力全国百强县", "2023")]


def confident(text: str, reg, year: int = 2021) -> dict[str, tuple]:
    return {c.region: (c.value, c.confidence >= 0.5) for c in rankings.read(text, year, reg, "t")}


def test_a_place_given_its_position_and_the_places_after_it_in_order(reg):
    text = (
        "12月24日,“2021年全国综合竞争力百强县(市)报告”在京正式发布。"
        "2021年综合竞争力排名第1位的仍是昆山市。第2位的是江阴市,第3位的是张家港市,其次分别是常熟市、义乌市和慈溪市。"
    )
    got = confident(text, reg)
    assert got == {"昆山市": (1, True), "江阴市": (2, True), "张家港市": (3, True),
                   "常熟市": (4, True), "义乌市": (5, True), "慈溪市": (6, True)}  # the order the text states


def test_short_names_aligned_without_fen_and_the_first_n_by_order(reg):
    text = (
        "“2022年度全国综合实力百强县”发布。江苏的昆山、江阴、张家港、常熟四市居“百强县”前四位,"
        "太仓、宜兴列第七和第八。余姚、诸暨为第十二和十三位。"
    )
    got = confident(text, reg, 2022)
    assert {r: v for r, v in got.items() if v[1]} == {"太仓市": (7, True), "宜兴市": (8, True),
                                                      "余姚市": (12, True), "诸暨市": (13, True)}
    assert {r: v[0] for r, v in got.items() if not v[1]} == {"昆山市": 1, "江阴市": 2, "张家港市": 3, "常熟市": 4}


def test_a_table_whose_rows_are_lines_of_cells_apart_by_spaces(reg):
    text = "2020年中国县域经济50强排行榜发布\n排序 县域名称 所属省份 综合分数\n1 昆山市 江苏省 98.44\n2 江阴市 江苏省 97.19\n"
    assert {r: v[0] for r, v in confident(text, reg, 2020).items()} == {"昆山市": 1, "江阴市": 2}


def test_a_brand_is_never_cut_from_the_middle_of_a_publishers_name(reg):
    text = "中国信息通信研究院发布的“中国工业百强县(市)名单”,江苏南通如东县排名第24位。"
    (c,) = rankings.read(text, 2022, reg, "t")
    assert "通信" not in c.indicator and c.value == 24


def test_a_table_under_a_header_row_reads_its_columns_and_a_lost_glyph_its_gloss(reg):
    # a traditional mirror: 百強 printed as 百?qiáng), the table flattened into cells 县 | 排序 | 指数
    text = (
        "競爭力智庫聯合發布“2018中國西部百?qiáng)縣市。那么,還有哪些西部縣市也上榜了呢? 縣域單位 | 排序 | 競爭力指數 | "
        "陜西神木市 | 1 | 120.98 | 內蒙古準格爾旗 | 2 | 71 | 四川綿竹市 | 3 | 70.93 | 四川新津縣 | 4 | 77.65 | 云南文山市 | 5"
    )
    got = rankings.read(text, 2018, reg, "t")
    assert {c.region: c.value for c in got} == {"神木市": 1, "准格尔旗": 2, "绵竹市": 3, "新津区": 4, "文山市": 5}
    assert {c.indicator for c in got} == {"中国西部百强县市"} and all(c.period == "2018" for c in got)


def test_the_first_ten_in_the_stated_order_with_their_provinces(reg):
    text = "2018中国西部百强县市发布。其中前5位分别为陕西神木市、内蒙古准格尔旗、伊金霍洛旗、贵州盘州市、四川西昌市。"
    got = confident(text, reg, 2018)
    assert got == {"神木市": (1, True), "准格尔旗": (2, True), "伊金霍洛旗": (3, True), "盘州市": (4, True),
                   "西昌市": (5, True)}


def test_results_announced_the_first_five_and_those_after_them(reg):
    text = (
        "2022年湖北省營商環境排名公布 漢陽區在全省99個縣市區位列第一\n2023-02-23 15:57:26\n"
        "在評價排名前30位的縣市區中,漢陽區、武昌區、夷陵區、江岸區、硚口區位列前五,隨之是枝江市、江漢區、大冶市、洪山區等地。"
    )
    got = confident(text, reg, 2022)
    assert got["汉阳区"] == (1, True)  # stated: 位列第一
    assert {r: v[0] for r, v in got.items() if not v[1]} == {
        "武昌区": 2, "夷陵区": 3, "江岸区": 4, "硚口区": 5, "枝江市": 6, "江汉区": 7, "大冶市": 8, "洪山区": 9}


def test_a_provinces_top_twenty_by_position_range_and_the_top_of_the_list(reg):
    text = (
        "全省20強榜單出爐!\n縣域經濟總量(GDP)20強名單新鮮出爐\n"
        "天長市經濟總量達到549.3億元,位居第4;排第6的是巢湖市。排在11—13位的分別是懷遠、潁上和鳳陽。"
        "從增速來看,長豐縣以6.3%高居榜首,肥西縣排在第2。\n"
        "2022年西部百強縣市名單揭曉\n陜西榆林神木市憑借著幾年來的強勢表現繼續位居榜首。"
    )
    got = confident(text, reg, 2020)
    assert {r: v[0] for r, v in got.items()} == {
        "天长市": 4, "巢湖市": 6, "怀远县": 11, "颍上县": 12, "凤阳县": 13, "神木市": 1}
    # 从增速来看…高居榜首: a growth's rank, not the list's


def test_places_ranked_statistic_by_statistic_in_a_provinces_release(reg):
    text = (
        "1月28日,记者从江西省统计局获悉,2018年1~12月各设区市主要经济指标公布。"
        "地区生产总值,南昌、赣州、九江居全省前三名;社会消费品零售总额,南昌、赣州、上饶居前三位。\n"
        "2018年,11个设区市财政总收入排名前三位的分别是南昌、九江、赣州。\n"
        "2018年江西城镇居民人均可支配收入全省前三的设区市是南昌、新余和景德镇。"
    )
    got = [c for c in rankings.read(text, 2018, reg, "t")]
    named = {(c.region, c.indicator): c.value for c in got if c.confidence >= 0.5}
    assert named[("九江市", "财政总收入排名")] == 2 and named[("赣州市", "财政总收入排名")] == 3
    assert named[("景德镇市", "城镇居民人均可支配收入排名")] == 3  # 南昌 is the city, not 南昌县
    assert {c.indicator for c in got if c.confidence < 0.5} == {"地区生产总值排名", "社会消费品零售总额排名"}


def test_last_years_place_and_this_years(reg):
    text = (
        "陕西省统计局发布2011年全国百强县陕西入围情况。\n"
        "据悉,神木由去年的第44位上升到36位,前进8个位次。靖边县去年位居95位,今年居116位,退出百强。"
    )
    got = {(c.region, c.period, c.value) for c in rankings.read(text, 2011, reg, "t")}
    assert got == {("神木市", "2010", 44), ("神木市", "2011", 36), ("靖边县", "2010", 95), ("靖边县", "2011", 116)}


def test_a_mirrors_inserted_junk_is_no_part_of_the_list(reg):
    text = (
        "新京报贝壳财ⓘ经讯&#263f;11月25日,中国信息通信研究院发布了2022年中国工业百强县(市¹)。"
        "本次排名前3名的百强县(市)为\u0aca:昆山市、&#256f;江阴∝市、张家港市。"
    )
    got = confident(text, reg, 2022)
    assert got == {"昆山市": (1, True), "江阴市": (2, True), "张家港市": (3, True)}
    assert all("∝" in c.quote or "江阴" not in c.quote for c in rankings.read(text, 2022, reg, "t"))  # verbatim


def test_places_each_with_its_place_and_the_first_three_joined_by_he(reg):
    text = (
        "2025赛迪百强县榜单发布,江苏省的昆山市、江阴市和张家港市位列前三。\n"
        "湖北有8个县市入围。仙桃市位列第52位,大冶市排在第53位,宜都市第62位,潜江市第71位。"
    )
    got = confident(text, reg, 2025)
    assert {r: v for r, v in got.items() if v[1]} == {
        "仙桃市": (52, True), "大冶市": (53, True), "宜都市": (62, True), "潜江市": (71, True)}
    assert {r: v[0] for r, v in got.items() if not v[1]} == {"昆山市": 1, "江阴市": 2, "张家港市": 3}


def test_a_table_under_a_study_that_names_no_list_takes_its_category_and_year(reg):
    text = (
        "《2023中國中小城市高質量發展指數研究》的研究對象界定為:縣級市、縣。其中,百強縣市為:縣級市、縣、自治縣、旗。\n"
        "中小城市綜合實力指數研究指標包括經濟發展、創新驅動5個一級指標,以及15個二級指標。\n"
        "全國排名 | 名單 |\n8 | 福建晉江市 |\n15 | 福建石獅市 |\n17 | 福建福清市 |"
    )
    got = ranks(text, reg, None)
    assert {r: v[0] for r, v in got.items()} == {"晋江市": 8, "石狮市": 15, "福清市": 17}  # every row, none skipped
    assert {(v[1], v[2]) for v in got.values()} == {("rank_small_city_comprehensive", "2023")}


def test_a_lists_name_goes_on_after_its_category(reg):
    text = "在2023全國百強區綜合實力排名前十中,廣東占2席,分別是:佛山市順德區(第1)、佛山市南海區(第2)。"
    got = ranks(text, reg, None)
    assert got["顺德区"][1:] == ("全国百强区综合实力", "2023")


def test_a_district_name_several_cities_share_is_the_one_in_the_city_before_it(reg):
    text = (
        "2019年中国百强区出炉\n12月4日,赛迪顾问发布了《2019中国城区综合竞争力百强研究》,"
        "深圳市南山区、广州市天河区和深圳市龙岗区位列前三名。在2019年百强区前十名中,山东省青岛市黄岛区位列第6名。"
        "龙岗区为第三名,宝安区为第七名。"
    )
    got = {c.region: c for c in rankings.read(text, 2019, reg, "t")}
    assert got["南山区"].value == 1  # 深圳市南山区, not 鹤岗's
    assert (got["宝安区"].value, got["黄岛区"].value) == (7, 6)  # X为第N名
    assert "县" not in got["黄岛区"].indicator  # a list of districts is no county list


def test_a_top_ten_in_order_under_the_statistic_the_sentence_before_ranks_by(reg):
    text = (
        "87县人均GDP低于全国水平\n2020年,,廣東地區生產總值110760.94億元。在全省122個縣(市,、區)中,,有24個區的地區生產總值"
        "邁入千億俱樂部,。前十強分別為:深圳市南山區、廣州市天河區,、深圳市龍崗區,、深圳市福田區、佛山市南海"
    )
    got = {c.region: c for c in rankings.read(text, None, reg, "t")}
    assert {r: c.value for r, c in got.items()} == {"南山区": 1, "天河区": 2, "龙岗区": 3, "福田区": 4, "南海区": 5}
    assert {(c.indicator, c.period) for c in got.values()} == {("地区生产总值排名", "2020")}  # a cut page keeps its five


def test_a_list_named_after_its_publisher(reg):
    text = "如东县2021年统计公报\n在2021年中郡研究所发布的全国县域经济百强榜中,如东排名第33位,比上年度前进4位。"
    got = {c.region: c for c in rankings.read(text, 2021, reg, "t")}
    assert "发布" not in got["如东县"].indicator and got["如东县"].value == 33


def test_how_many_places_of_a_list_each_province_has(reg):
    text = (
        "2022赛迪百强县榜单7月20日公布。从进步幅度来看,四川百强县由2家提升到4家,湖北从7家提升到8家。"
        "从省份来看,江苏、浙江及山东三省占据了百强县52个席位,分别占25席、18席和13席。湖北8个县市入围百强。"
    )
    got = {(c.region, c.period, c.value) for c in rankings.read(text, 2022, reg, "t") if c.kind == "actual"}
    assert {("四川省", "2021", 2), ("四川省", "2022", 4), ("湖北省", "2021", 7), ("湖北省", "2022", 8),
            ("江苏省", "2022", 25), ("浙江省", "2022", 18), ("山东省", "2022", 13)} == got


def test_an_edition_compared_with_is_not_the_notices_list(reg):
    text = (
        "2023中部六省百强县排名榜显示,河南入榜2023中部百强县数量最多。相较2022年赛迪中部百强县,河南入榜县域数量减少2个。\n"
        "排名 | 县市 | 省份 |\n4 | 南昌县 | 江西省 |\n12 | 醴陵市 | 湖南省 |"
    )
    got = {c.region: c for c in rankings.read(text, None, reg, "t") if c.kind == "rank"}
    assert (got["liling"].period, got["liling"].value) == ("2023", 12)
    assert "赛迪" not in got["liling"].indicator
    county_city = text.replace("2023中部六省百强县排名榜显示", "2023中部县市100强设置评价双门槛。排名显示")
    got = {c.region: c for c in rankings.read(county_city, None, reg, "t") if c.kind == "rank"}
    assert got["liling"].indicator == "rank_central_county_top100"  # 中部县市百强 ~ 中部百强县


def test_a_move_without_last_year_named_and_a_brand_after_its_owners_name(reg):
    text = (
        "2023年赛迪百强县榜单出炉,湖北8个县市入围。8个百强县(市)中有7个县(市)的名次有所提升。其中,仙桃市由65位提升至56位。\n"
        "近日,工信部赛迪顾问县域经济研究中心发布《2023中国县域经济百强研究》,龙口位列第10名。"
    )
    got = {(c.region, c.period): c.value for c in rankings.read(text, 2023, reg, "t") if c.kind == "rank"}
    assert (got[("仙桃市", "2022")], got[("仙桃市", "2023")]) == (65, 56)  # 由65位提升至56位
    lists = {c.indicator for c in rankings.read(text, 2023, reg, "t") if c.region == "龙口市"}
    assert lists == {"rank_ccid_county_top100"}  # 工信部赛迪顾问: the brand after its owner's name


def test_a_brand_after_a_long_owners_name_names_the_list_its_top_ten_is_of(reg):
    text = (
        "54个百强县进入“GDP千亿俱乐部”\n发布时间:2023-08-08 09:23:00\n2023年百强县榜单出炉。近日,工业和信息化部"
        "中国电子信息产业发展研究院旗下赛迪顾问发布《2023中国县域经济百强研究》报告。"
        "居百强县榜单前十位的县市分别为江苏省昆山市、江苏省江阴市、江苏省张家港市、江苏省常熟市、福建省晋江市、江苏省太仓市、"
        "浙江省慈溪市、山东省龙口市、江苏省宜兴市、湖南省长沙县。"
    )
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"}
    assert (got["江阴市"].indicator, got["江阴市"].value) == ("rank_ccid_county_top100", 2)


def test_a_provinces_count_in_a_list_and_those_after_it_in_order(reg):
    text = (
        "11月8日,《中国西部地区县域发展监测报告2022》发布,《报告》同时揭晓了“2022中国西部百强县市”名单。\n"
        "《报告》显示,2022中国西部百强县市分布在11个省(自治区、直辖市),四川省西部百强县数量达到28个,居西部地区各省份首位,"
        "其次是云南13个、内蒙古12个、新疆12个、贵州10个。在2022中国西部百强区名单中,陕西百强区入围12个。"
    )
    got = {(c.region, c.value) for c in extract(text, source_id="t", doc_date=None, registry=reg)
           if c.indicator.endswith("数量")}
    assert got == {("四川省", 28), ("云南省", 13), ("内蒙古自治区", 12), ("新疆维吾尔自治区", 12), ("贵州省", 10),
                   ("陕西省", 12)}  # 陕西百强区入围12个: the count after the verb


def test_a_report_the_list_follows_is_no_edition_of_it(reg):
    text = (
        "我省7县(市)入围全国工业百强\n2016年9月3日\n近日,中国信息通信研究院发布了《2016年中国工业百强县(市)发展报告》,"
        "福建7县(市)入围,分别是晋江(第5位)、南安(第27位)。\n据了解,这是继《2015年中国工业发展报告》发布后,第二次发布"
        "中国工业百强县(市)发展报告。\n全国工业百强县(市)前十:\n1.江苏昆山市\n2.江苏江阴市\n3.江苏常熟市\n"
    )
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"}
    assert {got[r].period for r in ("昆山市", "江阴市", "晋江市")} == {"2016"}  # not the 2015 report's year


def test_a_list_named_between_the_verb_and_the_rank_gives_the_place_its_rank(reg):
    text = (
        "10月29日,竞争力智库等机构在北京发布《中国西部地区县域发展监测报告2024》,揭晓了2024中国西部地区综合竞争力百强县市,"
        "神木市位列2024年西部地区综合竞争力百强县市第一。"
    )
    got = {c.region: c for c in rankings.read(text, None, reg, "t")}
    assert (got["神木市"].value, got["神木市"].period) == (1, "2024")
    # the west's list is not the registry's central-China list of the same words
    assert got["神木市"].indicator != "rank_central_comprehensive_competitiveness"
    assert rankings.match_list(reg, "西部地区综合竞争力百强县市") == ""


def test_a_list_after_a_places_verb_is_named_without_the_place(reg):
    got = ranks("赛迪顾问发布2010年百强县榜单,义乌市位列全国百强县第八位。", reg)
    assert got["义乌市"][0] == 8 and "义乌" not in got["义乌市"][1]


def test_a_move_from_one_place_to_another_after_the_list_and_a_founding_year_is_no_edition(reg):
    text = (
        "发布时间:2015-08-28\n日前,第十五届全国县域经济与县域基本竞争力百强县榜单发布,贵州省盘县蝉联“全国百强县”(推动类),"
        "从第85位升至83位;仁怀市首次入围“全国百强县”,居第98位。"
    )
    got = {(c.region, c.period): c.value for c in rankings.read(text, 2015, reg, "t", date(2015, 8, 28))}
    assert got[("盘州市", "2015")] == 83 and got[("盘州市", "2014")] == 85  # 盘县: its former name
    text = (
        "浙江在线08月24日讯\n经从商都网“全国百强县排名2011(名单)”搜索,台州列入全国县域经济百强县(市)中的有温岭市(27位)。\n"
        "中郡县域经济研究所成立于1998年,是一家研究所。此前,该所曾连续编制发布十届全国县域经济基本竞争力评价报告。"
    )
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg)}
    assert (got["温岭市"].value, got["温岭市"].period) == (27, "2011")


def test_a_listed_places_figures_in_a_sentence_that_names_it_keep_their_confidence(reg):
    text = (
        "10月29日,竞争力智库在北京发布《中国西部地区县域发展监测报告2024》,神木市位列2024年西部地区综合竞争力百强县市第一。\n"
        "2024年,神木市前三季度实现地区生产总值1966.16亿元,按不变价计算,同比增长6.8%;固定资产投资同比增长6.5%。"
    )
    got = {c.value: c for c in extract(text, source_id="t", doc_date=None, registry=reg)}
    assert (got[6.8].region, got[6.8].period) == ("神木市", "2024-01/09") and got[6.5].confidence >= 0.5


def test_a_page_of_one_places_honours_gives_each_line_its_own_list(reg):
    text = (
        "河南省新郑市全国排名情况\n2018年4月17日,新郑以103.20的全面小康指数排名2017中国县级市全面小康指数第58位。\n"
        "2018年7月,工信部赛迪研究院发布“2018县域经济100强榜单”,新郑市居榜单第49名。\n"
        "2018年10月8日,新郑入选2018年度全国综合实力百强县市榜单,排名第40位。\n"
        "2018年10月,全国绿色发展百强县市榜单发布,新郑市排第74名。\n"
    )
    got = {c.value: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"}
    assert 201 not in got  # 排名2017中国…: a year, no rank
    assert 40 in got and 49 in got and "赛迪" not in got[74].indicator  # 赛迪 publishes the 100强 line's list only


def test_a_notice_announced_over_short_lines_and_a_list_named_with_its_bracket(reg):
    text = (
        "重磅!\n7月19日,\n由赛迪顾问县域经济研究中心编制的\n《2019赛迪县域经济百强研究》\n正式发布\n湖北5地入围!\n"
        "湖北上榜的5个县市是\n↓↓↓\n大冶市(74位)\n宜都市(78位)\n"
        "湖北日报微信梳理发现,在赛迪2018年全国百强县(市)榜单中,湖北省占据4席。分别为:宜都市(第80位)、大冶(第84位)。"
    )
    got = {(c.region, c.period): c for c in extract(text, source_id="t", doc_date=None, registry=reg)}
    assert got[("大冶市", "2019")].value == 74 and got[("宜都市", "2018")].value == 80
    assert got[("宜都市", "2018")].indicator == got[("宜都市", "2019")].indicator == "rank_ccid_county_top100"


@pytest.mark.parametrize(
    "sentence, want",
    [
        # a province's own list, though it shares words (经济综合实力) with a national one
        ("在全省县域经济综合实力排名中位列第12位。", ("全省县域经济综合实力排名", 12)),
        ("县域经济综合实力位居全省第5位。", ("县域经济综合实力全省排名", 5)),
        # an assessment is a list too, under the text's own name
        ("在全省县域经济高质量发展考核中排名第8位。", ("全省县域经济高质量发展考核", 8)),
    ],
)
def test_a_provincial_list_is_never_filed_under_a_national_one(sentence, want, reg):
    text = "晋江市2023年国民经济和社会发展统计公报\n2023年,晋江市" + sentence
    got = [c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"]
    assert [(c.indicator.removesuffix("排名"), c.value) for c in got] == [(want[0].removesuffix("排名"), want[1])]
    assert got[0].indicator not in reg.lists


def test_places_tied_a_move_to_a_place_and_the_list_named_the_sentence_before(reg):
    # shaped on a 2021 news page about 中郡's list (set Z24): no date, the edition from the report's title
    text = (
        "近日,《2021县域经济与县域发展监测评价报告》出炉,江苏24地入围全国县域经济基本竞争力百强榜单。\n"
        "该报告由中郡研究所发布,在全国县域经济基本竞争力百强排名中,江苏共有24地进入榜单。"
        "其中昆山和江阴并列第一,张家港、常熟稳居前十名。其中,徐州沛县上升至榜单第41位。"
    )
    got = {c.region: (c.value, c.indicator, c.period)
           for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank" and c.confidence >= 0.5}
    assert got == {
        "昆山市": (1, "rank_county_competitiveness", "2021"),
        "江阴市": (1, "rank_county_competitiveness", "2021"),
        "沛县": (41, "rank_county_competitiveness", "2021"),
    }


def test_runs_of_places_a_first_place_won_and_places_the_sentence_before_lists(reg):
    # shaped on Forbes' 2013 list (set Z31) and a 2020 list of 湖北's counties (set Z30)
    text = (
        "福布斯第五次发布2013年中国大陆最佳县级城市排行榜,江苏昆山荣登榜首,江阴、常熟、张家港分列二至四位。"
        "海门和丹阳也进入最佳县级市榜,位列十二和十七位。"
    )
    got = ranks(text, reg, 2013)
    assert {r: v[0] for r, v in got.items()} == {
        "昆山市": 1, "江阴市": 2, "常熟市": 3, "张家港市": 4, "海门区": 12, "丹阳市": 17
    }  # 海门市 is 海门区 since 2020; 最佳县级 holds no 佳县
    text = "2020年湖北百强县排名\n赛迪顾问评选出了2020年的百强县。\n湖北入围名单:大冶、宜都、仙桃。分列第72、77、79位。"
    got = ranks(text, reg, 2020)
    assert {r: v[0] for r, v in got.items()} == {"大冶市": 72, "宜都市": 77, "仙桃市": 79}


def test_a_place_whose_rank_is_said_with_shi(reg):
    got = ranks("2017年全国县域经济百强榜单发布,湖北枣阳的排名是91名。", reg, 2017)
    assert got == {"枣阳市": (91, "rank_county_top100", "2017")}


def test_places_ranked_one_by_one_under_a_registered_list_named_with_its_category(reg):
    """第十届全国县域经济基本竞争力百强县(市): the registry's 县域经济基本竞争力, its edition's year; a place
    ranked (惠安县排名第29位) is no list of its own."""
    text = (
        "8月15日,第十屆全國縣域經濟基本競爭力百強縣(市)名單揭曉,浙江共有七個縣(市)入圍百強,其中慈溪市排名第七。\n"
        "此外,海寧市排名第29位,桐鄉市排名第28位,溫嶺排名49位。"
    )
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg)}
    for place, rank in (("慈溪市", 7), ("海宁市", 29), ("桐乡市", 28), ("温岭市", 49)):
        c = got[place]
        assert (c.indicator, c.period, c.value) == ("rank_county_competitiveness", "2010", rank), place
        assert c.confidence >= 0.5


def test_each_line_of_a_cities_honours_under_the_list_it_names_and_its_districts_by_short_names(reg):
    """福州多个县市区入选百强: 鼓楼 (a name four cities' districts share) is Fuzhou's; a district list is no
    county list of like words; the list each line names, though the registry does not hold it."""
    text = (
        "2023年度全国高质量发展指数发布 福州多个县市区入选百强\n\n"
        "日前,研究院对外发布2023年度全国综合实力百强县市、全国绿色发展百强区、全国投资潜力百强区等榜单。\n\n"
        "鼓楼区、长乐区入选全国绿色发展百强区,分别排第48位、第68位。\n\n"
        "鼓楼区入选全国投资潜力百强区,排第32位。\n\n"
        "鼓楼、晋安、马尾入选全国科技创新百强区,分别排第39位、第47位、第67位。"
    )
    got = {(c.region, c.value): c for c in extract(text, source_id="t", doc_date=None, registry=reg)}
    assert got[("鼓楼区", 48)].indicator == got[("长乐区", 68)].indicator == "全国绿色发展百强区"
    assert got[("鼓楼区", 32)].indicator == "全国投资潜力百强区"  # not rank_investment_potential (counties)
    assert {got[(r, v)].indicator for r, v in (("鼓楼区", 39), ("晋安区", 47), ("马尾区", 67))} == {
        "全国科技创新百强区"
    }
    assert all(c.period == "2023" and c.confidence >= 0.5 for c in got.values() if c.kind == "rank")


def test_a_flattened_table_reads_the_county_column_not_the_province(reg):
    text = (
        "中国信息通信研究院发布了2019中国工业百强县、百强区。 排名 | 地区 | 地级市 | 县(市) | 1 | 江苏 | 无锡市 | "
        "江阴市 | 2 | 江苏 | 苏州市 | 昆山市 | 3 | 福建 | 泉州市 | 晋江市 | 4 | 浙江 | 宁波市 | 慈溪市 |"
    )
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"}
    assert {r: c.value for r, c in got.items()} == {"江阴市": 1, "昆山市": 2, "晋江市": 3, "慈溪市": 4}
    assert {c.indicator for c in got.values()} == {"rank_industry_top100"}


def test_ranks_before_their_places_and_a_place_with_its_province_is_no_list(reg):
    text = "2018年全国百强县名单发布,湖北省大冶市排名第72位,位列第93位的宜都市和第97位的仙桃市也进入百强。"
    got = {c.region: c for c in extract(text, source_id="t", doc_date=None, registry=reg) if c.kind == "rank"}
    assert {r: c.value for r, c in got.items()} == {"大冶市": 72, "宜都市": 93, "仙桃市": 97}
    assert {c.indicator for c in got.values()} == {"全国百强县"} and all(c.confidence >= 0.5 for c in got.values())


@pytest.mark.parametrize(
    "text, value, form",
    [
        ("仁怀市 贵州省 12", 12, "row"),  # a table row: place, province, rank
        ("12. 仁怀市贵州", 12, "row"),  # rank, place and its province run together
        ("稳居遵义前三", 3, "strong"),  # within the first three of a city other than the home's
    ],
)
def test_a_rank_beside_any_province_or_city_is_read(text, value, form):
    from dashboard.extract.numerals import find_numbers

    assert [(n.value, n.unit, n.form) for n in find_numbers(text)] == [(value, "位", form)]


@pytest.mark.parametrize("item", ["贵州仁怀市", "贵州省仁怀市入围", "遵义的仁怀市"])
def test_an_enumerated_place_is_read_without_its_province_or_city(item):
    from dashboard.extract.candidates import _region_name

    assert _region_name(item) == "仁怀市"


def test_a_phrase_ending_on_a_conjunction_is_no_lists_name(reg):
    # 大河报 2018: 进行了系统研究与评价,评选出了…全国综合实力百强县市 (not a list named 系统研究与)
    text = (
        "10月8日,记者从中国中小城市网获悉,2018年中国中小城市科学发展指数研究成果报告发布,报告对中小城市综合实力指数"
        "进行了系统研究与评价,评选出了2018年度全国综合实力百强县市、区等11大榜单。\n"
        "  | 综合实力百强县市:河南6地上榜\n  新郑市(第40)、禹州市(第49)、巩义市(第54)。"
    )
    got = ranks(text, reg)
    assert {r: v[0] for r, v in got.items()} == {"新郑市": 40, "禹州市": 49, "巩义市": 54}
    assert not any("研究" in v[1] for v in got.values())


def test_lists_a_study_announces_take_its_year_and_a_towns_rank_is_no_countys(reg):
    # 宁波 2021: 联合发布《2021年中国中小城市高质量发展指数研究成果》,揭晓了…榜单 (lists named without a year)
    text = (
        "日前,中国中小城市高质量发展指数研究课题组联合发布《2021年中国中小城市高质量发展指数研究成果》,"
        "揭晓了全国实力百强区、全国千强镇前100强等榜单。\n"
        "在全国千强镇前100强中,江北区慈城镇位居第31位,慈溪市周巷镇位居第74位。\n"
        "在全国综合实力百强县(市)中,慈溪市位居第6位,余姚市位居第12位。"
    )
    got = {(c.region, c.value): c for c in rankings.read(text, None, reg, "t")}
    assert {k for k in got} == {("慈溪市", 6.0), ("余姚市", 12.0)}  # 周巷镇's 74 is not 慈溪市's
    assert {c.period for c in got.values()} == {"2021"} and all(c.confidence >= 0.5 for c in got.values())


def test_a_table_of_cities_under_a_row_number_and_a_rank_column(reg):
    # 2023 中国百强城市排行榜 on 河北 (a mirror page): 序号 | 全国排名 | 城市 | 综合分值, the rank not the row number
    text = (
        "2023年中国百强城市排行榜是华顿经济研究院连续第九年发布的榜单。河北共有6个城市入选。\n"
        "序号 | 全国排名 | 城市 | 综合分值 |\n1 | 35 | 唐山市 | 46.71 |\n2 | 46 | 石家庄市 | 41.53 |\n"
        "3 | 71 | 廊坊市 | 31.30 |\n"
    )
    got = ranks(text, reg, 2023)
    assert {r: v[0] for r, v in got.items()} == {"唐山市": 35, "石家庄市": 46, "廊坊市": 71}
    assert {v[1] for v in got.values()} == {"中国百强城市"} and {v[2] for v in got.values()} == {"2023"}
