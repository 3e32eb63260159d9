"""Page furniture: the title, the closing line, links to the sources, folded and lazy sections."""

from __future__ import annotations

import html

import streamlit as st

from dashboard import cache, page_shell, router, site_pages, url_state
from dashboard.i18n import col, t


def page_header(path: str) -> str:
    """The page's title and intro line (site_pages declares them) in the current language; returns
    the language."""
    router.ensure_router()
    current = url_state.lang()
    if not page_shell.SERVING:  # `dashboard serve` puts the style in the page's <head> (page_shell)
        st.html(f"<style>{page_shell.page_css()}</style>")  # style only: it takes no room
    page = site_pages.page(path)
    if page.hide_title:
        return current
    st.title(t(page.title_key, current))
    if page.intro_key:
        st.caption(t(page.intro_key, current))
    return current


def footer(current: str) -> None:
    """The page's closing line (one element: a rule and the text, styled by page.css)."""
    st.html(f'<div class="page-foot">{html.escape(t("footer", current))}</div>')


def sources_table():
    """The sources metadata (cached), for source lines and labels."""
    return cache.query("sources_list")


def source_links(source_ids: list[str], current: str, fact_id: str | list[str] | None = None) -> None:
    """One link per source to the Sources page, opening that document at the given figures' passages
    (the page keeps those of the linked document)."""
    sources = sources_table().set_index("source_id")
    facts = [fact_id] if isinstance(fact_id, str) else list(fact_id or [])[:30]
    for sid in source_ids:
        params = {"source": sid, "lang": current}
        if facts:
            params["fact"] = facts
        label = plain(sources[col("label", current)].get(sid, sid))
        sep = "：" if current == "zh" else ": "
        st.page_link(site_pages.SOURCES.file, label=f"{t('source', current)}{sep}{label}",
                     icon=":material/format_quote:", query_params=params)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$"})


def plain(text) -> str:
    """Text made inert for st.markdown and friends: markdown characters escaped (HTML is off anyway)."""
    return str(text).translate(_MD_SPECIAL)


def scroll_to(anchor: str) -> None:
    """Scroll the page to the element with this id once it is drawn (a link lands on its passage)."""
    st.html(f"""<script>
    (() => {{ let n = 0; const go = () => {{ const el = document.getElementById({anchor!r});
      if (el) {{ el.scrollIntoView({{block: "center"}}); if (n++ < 3) setTimeout(go, 400); }}
      else if (n++ < 40) setTimeout(go, 100); }}; go(); }})();
    </script>""", unsafe_allow_javascript=True)


def lazy_popover(label: str, key: str, icon: str, fill, *args) -> None:
    """A popover whose content (`fill(*args)`) is built only once it is opened: a page run sends the
    button alone. Opening reruns the page (no fragment: a fragment costs every run more than the rare
    rerun saves; unchanged elements are not drawn again)."""
    box = st.popover(label, icon=icon, key=key, on_change="rerun")
    if box.open:
        with box:
            fill(*args)


def folded(label: str, key: str, icon: str | None = None):
    """A folded section (an expander) whose content is built once it is opened: the open expander to
    fill, or None while it is folded (a page run then sends its label alone)."""
    box = st.expander(label, key=key, icon=icon, on_change="rerun")
    return box if box.open else None
