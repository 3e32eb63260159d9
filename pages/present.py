"""演示模式 Presentation: one headline or chart per screen, large type, keys and clicker to move."""

import time

import streamlit as st

from dashboard import cache, charts, ui
from dashboard.i18n import t

lang = ui.page_header("page_present", hide_title=True)
ui.presentation_css()

slides = cache.presentation_slides(lang)
n = len(slides)
slide = ui.url_int("slide", 1, n, lang)
auto = ui.url_int("auto", 0, 600, lang, default=0)


def go(step: int) -> None:
    st.session_state["slide"] = (st.session_state["slide"] - 1 + step) % n + 1


bar = st.columns([1, 1, 6, 1, 1], vertical_alignment="center")
bar[0].button("◀", key="prev", on_click=go, args=(-1,), shortcut="Left", help=t("prev_slide", lang),
              width="stretch")
bar[1].button("PgUp", key="prev_page", on_click=go, args=(-1,), shortcut="PageUp", type="tertiary")
bar[2].markdown(f"<div style='text-align:center;font-size:1.1rem'>{slide} / {n}</div>",
                unsafe_allow_html=True)
bar[3].button("PgDn", key="next_page", on_click=go, args=(1,), shortcut="PageDown", type="tertiary")
bar[4].button("▶", key="next", on_click=go, args=(1,), shortcut="Right", help=t("next_slide", lang),
              width="stretch")

current = slides[slide - 1]
with st.container(key="slide"):
    if isinstance(current, charts.Chart):
        st.plotly_chart(charts.for_projector(current), theme=None, width="stretch", height="stretch",
                        key=f"slide-{current.chart_id}", config={"displayModeBar": False})
    else:
        st.markdown(f"<div class='headline-title'>{current['title']}</div>", unsafe_allow_html=True)
        for col, item in zip(st.columns(len(current["items"])), current["items"], strict=True):
            with col:
                st.markdown(f"<div class='headline-label'>{item['label']}</div>"
                            f"<div class='headline-value'>{item['value']}</div>"
                            f"<div class='headline-note'>{item['note']}</div>", unsafe_allow_html=True)
        st.markdown(f"<div class='headline-source'>{current['source']}</div>", unsafe_allow_html=True)

st.session_state["_shown_at"] = time.monotonic()  # each full run shows a slide afresh
if auto:
    @st.fragment(run_every=auto)
    def _advance() -> None:
        if time.monotonic() - st.session_state["_shown_at"] >= auto - 0.5:
            go(1)
            st.rerun(scope="app")

    _advance()
