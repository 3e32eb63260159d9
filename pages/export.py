"""导出 Export: every chart at once as a ZIP (images, data, manifest), and a meeting deck (PPTX)."""

import functools
import tempfile
from pathlib import Path

import streamlit as st

from dashboard import brief, cache, catalog, chart_display, export, furniture
from dashboard.i18n import t

lang = furniture.page_header("export")
all_charts = cache.all_charts(lang)
by_id = {c.chart_id: c for c in all_charts}
sources = furniture.sources_table()
missing = chart_display.export_missing()
if missing:
    st.warning(t("export_missing", lang, what="; ".join(missing)))


def _zip(chart_ids: tuple[str, ...], formats: tuple[str, ...]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        export.export_charts([by_id[c] for c in chart_ids], Path(tmp), list(formats), sources, lang)
        return export.zip_dir(Path(tmp))


st.subheader(t("export_all", lang))
formats = st.multiselect(t("export_formats", lang), list(export.IMAGE_FORMATS), default=["png"],
                         key="export_formats")
st.caption(t("export_wait", lang, s=max(1, round(export.zip_seconds(all_charts, formats or ["png"])))))
st.download_button(t("export_zip_button", lang),
                   functools.partial(_zip, tuple(by_id), tuple(formats or ["png"])),
                   file_name=f"{export.region_name(lang)}-{'全部图表' if lang == 'zh' else 'charts'}.zip",
                   mime="application/zip",
                   on_click="ignore", disabled=bool(missing), icon=":material/folder_zip:")

st.subheader(t("deck", lang))
picked = st.multiselect(t("deck_charts", lang), list(by_id), format_func=lambda c: by_id[c].title,
                        default=catalog.deck_defaults(all_charts), key="deck_charts")
if not missing:  # in the background, at low priority: the images a click would need
    export.warm_up(all_charts, [by_id[c] for c in picked])
st.caption(t("export_wait", lang, s=max(1, round(export.deck_seconds([by_id[c] for c in picked])))))
st.download_button(t("deck_button", lang),
                   functools.partial(export.build_deck, [by_id[c] for c in picked], sources, lang),
                   file_name=f"{export.region_name(lang)}-经济看板.pptx" if lang == "zh"
                   else "Liling-economy-dashboard.pptx",
                   mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
                   on_click="ignore", disabled=bool(missing) or not picked, icon=":material/slideshow:")

st.subheader(t("brief", lang))
period = st.selectbox(t("brief_period", lang), ["latest", *map(str, reversed(brief.periods(cache.query)))],
                      format_func=lambda p: t("brief_latest", lang) if p == "latest" else p,
                      key="brief_period")
brief_ids = st.multiselect(t("brief_charts", lang), list(by_id), format_func=lambda c: by_id[c].title,
                           key="brief_charts")
choice = (lang, period, tuple(brief_ids))
if st.button(t("brief_button", lang), disabled=bool(missing), icon=":material/description:",
             key="brief_button"):
    bar = st.progress(0.0)
    try:
        st.session_state["brief_docx"] = (choice, brief.build_brief(
            cache.query, lang, brief_ids or None, period, lambda f, text: bar.progress(f, text=text)))
    except brief.BriefChoiceError as e:
        st.error(str(e))
if st.session_state.get("brief_docx", ((), b""))[0] == choice:
    st.download_button(t("brief_download", lang), st.session_state["brief_docx"][1],
                       file_name=f"{t('brief_title', lang)}.docx",
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       icon=":material/download:")
furniture.footer(lang)
