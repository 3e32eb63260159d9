"""The sidebar's editor login (the form around auth.check_login) and the guard of editors' pages.

An editor is whoever the login cookie names (editor_session: signed, HttpOnly, set by the server's
endpoint after a successful login), as the browser sent it when this session's websocket opened:
session state alone (a session resumed by its id) grants nothing.
"""

from __future__ import annotations

import json

import streamlit as st

from dashboard.i18n import t


def _cookie_token() -> str | None:
    """The login cookie this session's websocket was opened with (None without one)."""
    from dashboard.editor_session import COOKIE

    try:
        return st.context.cookies.get(COOKIE)
    except Exception:  # no client (a bare script run)
        return None


def current_editor() -> str | None:
    """The configured editor this session's login cookie names, if its signature holds and it has
    not expired or been logged out in this session; else None (a viewer)."""
    from dashboard import auth

    token = _cookie_token()
    if not token or st.session_state.get("_logged_out") == token:
        return None
    editor = auth.token_editor(token)
    if editor and st.session_state.get("_editor") != editor:
        st.session_state["_editor"] = editor  # the configured spelling, for this session's captions
    return editor


def _base() -> str:
    return st.get_option("server.baseUrlPath") or ""


def _go(url: str, lang: str) -> None:
    """Send the browser to a same-origin URL (the cookie endpoint), with a link if scripts are off."""
    st.html(f"<script>window.location.replace({json.dumps(url)});</script>", unsafe_allow_javascript=True)
    st.link_button(t("login_continue", lang), url, icon=":material/login:")


def editor_login(lang: str) -> None:
    """The sidebar's editor login (or logout); says so when no editor is configured."""
    from dashboard import auth, editor_session

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
        editor = current_editor()
        if editor:
            st.caption(t("logged_in_as", lang, name=editor))
            if st.button(t("logout", lang), key="logout"):
                st.session_state.pop("_editor", None)
                st.session_state["_logged_out"] = _cookie_token()  # this websocket keeps sending it
                _go(editor_session.logout_url(lang, _base()), lang)
            return
        if not editor_session.SERVING:
            st.caption(t("login_needs_serve", lang))
            return
        with st.form("login", clear_on_submit=True, border=False):
            name = st.text_input(t("editor_name", lang), key="login_name", max_chars=auth.NAME_MAX)
            password = st.text_input(t("password", lang), type="password", key="login_password",
                                     max_chars=auth.PASSWORD_MAX)
            submitted = st.form_submit_button(t("login", lang))
        if submitted:
            problem = auth.input_problem(name, password, lang)
            if problem:  # refused before anything is counted or hashed
                auth.log_refused(name)
                st.error(problem)
                return
            if auth.check_login(name, password):
                editor = auth.editor_of(name)
                st.session_state["_editor"] = editor
                st.session_state["_login_failed"] = False
                st.session_state.pop("_logged_out", None)
                try:
                    nonce = editor_session.issue_nonce(editor)
                except OSError:  # the state folder is not writable: no cookie can follow
                    st.error(t("login_no_state", lang))
                    return
                _go(editor_session.session_url(nonce, lang, _base()), lang)
                return
            st.session_state["_login_failed"] = True
        if st.session_state.get("_login_failed"):
            st.error(t("login_failed", lang))


def require_editor(lang: str) -> str:
    """Stop the page unless this session's login cookie names an editor (the page is also absent
    from viewers' menus). Every run of a page that writes calls this first."""
    editor = current_editor()
    if not editor:
        st.error(t("editors_only", lang))
        st.stop()
    return editor
