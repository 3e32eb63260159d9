"""Navigation: the pages of the registry as st.Page objects, and every run kept on app.py's router."""

from __future__ import annotations

import streamlit as st

from dashboard import internals, site_pages
from dashboard.i18n import t
from dashboard.login import current_editor


def ensure_router() -> None:
    """Make every run go through app.py's st.navigation, also under a bare `streamlit run app.py`
    (`dashboard serve` switches the legacy pages/ mode off before the first request): switch it off
    and run again (internals.router_off says why)."""
    if internals.legacy_pages_on():
        internals.router_off()
        st.rerun()


def navigation_pages(lang: str) -> list:
    """st.Page objects titled in the chosen language; editors' pages only for a logged-in editor."""
    home = site_pages.HOME
    shown = [p for p in site_pages.PAGES if not p.editor_only or current_editor()]
    out = [st.Page(p.file, title=t(p.title_key, lang), icon=p.icon,
                   url_path=p.path if p is not home else "home", default=p is home)
           for p in shown]
    # The default page lives at "/"; /<home> stays a working address through a hidden alias.
    out.append(st.Page(home.file, title=t(home.title_key, lang), url_path=home.path, visibility="hidden"))
    return out
