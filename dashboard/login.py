"""The sidebar's editor login (the form around auth.check_login) and the guard of editors' pages."""

from __future__ import annotations

import streamlit as st

from dashboard.i18n import t


def current_editor() -> str | None:
    """The editor logged in in this session, if that editor is still configured."""
    from dashboard import auth

    name = st.session_state.get("_editor")
    return name if name and name in auth.configured_editors() else None


def editor_login(lang: str) -> None:
    """The sidebar's editor login (or logout); says so when no editor is configured."""
    from dashboard import auth

    failed = st.session_state.get("_login_failed", False)
    # Lazy: the form is built once the expander is opened (a viewer's page carries none of it).
    box = st.sidebar.expander(t("editor_login", lang), icon=":material/lock:", expanded=failed,
                              key="login_box", on_change="rerun")
    if not box.open:
        return
    with box:
        if not auth.configured_editors():
            st.caption(t("maintenance_off", lang))
            return
        if current_editor():
            st.caption(t("logged_in_as", lang, name=current_editor()))
            if st.button(t("logout", lang), key="logout"):
                st.session_state.pop("_editor", None)
                st.rerun()
            return
        with st.form("login", clear_on_submit=True, border=False):
            name = st.text_input(t("editor_name", lang), key="login_name")
            password = st.text_input(t("password", lang), type="password", key="login_password")
            submitted = st.form_submit_button(t("login", lang))
        if submitted:
            if auth.check_login(name, password):
                st.session_state["_editor"] = name
                st.session_state["_login_failed"] = False
                st.rerun()
            st.session_state["_login_failed"] = True
        if st.session_state.get("_login_failed"):
            st.error(t("login_failed", lang))


def require_editor(lang: str) -> str:
    """Stop the page unless an editor is logged in (the page is also absent from viewers' menus)."""
    editor = current_editor()
    if not editor:
        st.error(t("editors_only", lang))
        st.stop()
    return editor
