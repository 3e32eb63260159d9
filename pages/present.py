"""演示模式 Presentation: one headline, system or chart per screen, designed at full-HD width and scaled
to the screen; arrow keys, PageUp/PageDown (clickers) and the two buttons move between slides."""

import time

import streamlit as st

from dashboard import cache, chart_display, charts, furniture, slides, url_state
from dashboard.i18n import t

lang = furniture.page_header("present")
slides.presentation_css()

deck = cache.presentation_slides(lang)
n = len(deck)
slide = url_state.url_int("slide", 1, n, lang)
auto = url_state.url_int("auto", 0, 600, lang, default=0)


def go(step: int) -> None:
    st.session_state["slide"] = (st.session_state["slide"] - 1 + step) % n + 1


with st.container(key="controls", horizontal=True, vertical_alignment="center"):
    st.button("◀", key="prev", on_click=go, args=(-1,), shortcut="Left", help=t("prev_slide", lang))
    st.html(f"<div class='slide-count'>{slide} / {n}</div>")
    st.button("▶", key="next", on_click=go, args=(1,), shortcut="Right", help=t("next_slide", lang))
    # A clicker sends PageUp/PageDown: the same moves, on buttons nobody needs to see.
    st.button("PageUp", key="prev_page", on_click=go, args=(-1,), shortcut="PageUp")
    st.button("PageDown", key="next_page", on_click=go, args=(1,), shortcut="PageDown")

current = deck[slide - 1]
with st.container(key="stage"), st.container(key="slide", gap=None):
    if isinstance(current, charts.Chart):
        height = slides.slide_chart_height(current, lang)
        st.html(slides.slide_heading(current)
                + f"<style>.st-key-slide_big {{ --chart-h: {height}px; }}</style>")
        with st.container(key="slide_big"):
            st.plotly_chart(charts.projector_figure(current), theme=None, width="stretch", height="stretch",
                            key=f"slide-{current.chart_id}",
                            config=chart_display.chart_config(current, lang, displayModeBar=False))
        with st.container(key="slide_small"):  # shown instead on a phone
            st.plotly_chart(charts.screen_figure(current), theme=None, width="stretch",
                            key=f"slide-small-{current.chart_id}",
                            config=chart_display.chart_config(current, lang, displayModeBar=False))
        st.html(slides.slide_footer(current, lang))
    elif current.get("kind") == "outline":
        st.html(slides.outline_html(current, slide=True))
    else:
        st.html(slides.headline_html(current))
slides.fit_slide_script()

st.session_state["_shown_at"] = time.monotonic()  # each full run shows a slide afresh
if auto:
    @st.fragment(run_every=auto)
    def _advance() -> None:
        if time.monotonic() - st.session_state["_shown_at"] >= auto - 0.5:
            go(1)
            st.rerun(scope="app")

    _advance()
