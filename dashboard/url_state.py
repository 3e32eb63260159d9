"""State kept in the address: widgets bound to ?name=, lists, choices, numbers, the language and its link."""

from __future__ import annotations

import html

import streamlit as st

from dashboard.i18n import DEFAULT_LANG, LANGS, t


def _url_values(name: str, options: list, current: str) -> list:
    """The URL's values of ?name=..., those not among `options` reported in plain words and dropped."""
    raw = st.query_params.get_all(name)
    for value in raw:
        if value not in options:
            st.warning(t("bad_param", current, name=name, value=value) + _why(name, value, current))
    return [v for v in raw if v in options]


def _why(name: str, value: str, current: str) -> str:
    """For ?period=: why the value is no period in the grammar (a held period is simply not in the data)."""
    from dashboard import periods

    problem = periods.problem(value) if name == "period" else None
    return f" {problem[0] if current == 'zh' else problem[1]}" if problem else ""


def _write_url(name: str, value, default) -> None:
    """Write ?name= back to the URL; the default (or nothing chosen) leaves it out."""
    if value == default or value in ([], None):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get_all(name) != (value if isinstance(value, list) else [value]):
        st.query_params[name] = value


def bound_widget(widget, label: str, name: str, options: list, default, current: str, **kwargs):
    """A widget whose value lives in the URL (?name=value): read at session start, written back.

    Unknown URL values are reported in plain words and dropped; nothing else changes.
    """
    multi = widget is st.multiselect
    good = _url_values(name, options, current)
    if name not in st.session_state:
        st.session_state[name] = (good or list(default)) if multi else (good[0] if good else default)
    value = widget(label, options, key=name, **kwargs)
    _write_url(name, value, default)
    return value


def url_list(name: str, options: list, default: list, current: str) -> list:
    """A list of choices kept in the URL (?name=a&name=b) and in the session (under `_name`), for a
    widget that is not drawn on every run (a lazy popover's, which edits `_name`): read from the URL at
    session start, unknown values reported in plain words and dropped, written back every run."""
    state = f"_{name}"
    if state not in st.session_state:
        st.session_state[state] = _url_values(name, options, current) or list(default)
    value = [v for v in st.session_state[state] if v in options]
    _write_url(name, value, list(default))
    return value


def list_picker(label: str, name: str, options: list, current: str, **kwargs) -> None:
    """A multiselect editing url_list's `_name` (drawn inside a lazy popover)."""
    def keep() -> None:
        st.session_state[f"_{name}"] = list(st.session_state[f"{name}_pick"])

    st.multiselect(label, options, default=st.session_state[f"_{name}"], key=f"{name}_pick", on_change=keep,
                   **kwargs)


def url_choice(name: str, options: list, default: str, current: str) -> str:
    """One choice kept in the address (?name=value) and in the session (under `_name`), set by links to
    the page (choice_links): the address's value when it gives one, else the session's, else the
    default; written back to the address (the default leaves it out). Unknown values are reported in
    plain words and ignored."""
    state = f"_{name}"
    chosen = _url_values(name, options, current)
    if chosen:
        if chosen[-1] != st.session_state.get(state, default):
            # A change (a link to this very page): the browser's address is told, which a link to the
            # page it is on does not do by itself.
            st.query_params[name] = chosen[-1]
        st.session_state[state] = chosen[-1]
    value = st.session_state.get(state, default)
    value = value if value in options else default
    _write_url(name, value, default)
    return value


def choice_links(page: str, name: str, options: list, value: str, current: str, label: str | None = None,
                 format_func=str, as_list: bool = False) -> None:
    """The options of a url_choice as a row of links to this page (?name=option), the chosen one
    filled (page.css). Links, not a widget: a segmented control of 12 options cost the viewer's
    browser ~100 ms of main-thread time per page, a row of links about a third of that. With
    `as_list` (options that grow with the data), one drop-down list instead: one element, and a list
    a meeting can read; its choice goes to the session and the address like a link's."""
    if as_list:
        def keep() -> None:
            st.session_state[f"_{name}"] = st.session_state[f"{name}_pick"]
            st.query_params[name] = st.session_state[f"{name}_pick"]

        if st.session_state.get(f"{name}_pick") != value and value in options:
            st.session_state[f"{name}_pick"] = value  # the address or a link chose: the list follows
        st.selectbox(label or t("choose_one", current), options, key=f"{name}_pick", format_func=format_func,
                     on_change=keep)
        return
    if label:
        st.html(f'<div class="choice-label">{html.escape(label)}</div>')
    keep = {"lang": current} if current != DEFAULT_LANG else {}
    with st.container(horizontal=True, gap="small", key=f"choice-{name}"):
        for option in options:
            st.page_link(page, label=format_func(option), query_params={name: option, **keep},
                         disabled=option == value)


def url_int(name: str, low: int, high: int, current: str, default: int | None = None) -> int:
    """A whole number kept in the URL (?name=3) and in the session; bad values are reported."""
    default = low if default is None else default
    if name not in st.session_state:
        value = default
        raw = st.query_params.get(name)
        if raw is not None:
            if raw.isdigit() and low <= int(raw) <= high:
                value = int(raw)
            else:
                st.warning(t("bad_param", current, name=name, value=raw))
        st.session_state[name] = value
    value = min(max(int(st.session_state[name]), low), high)
    if value != default:
        if st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)
    elif name in st.query_params:
        del st.query_params[name]
    return value


def language() -> str:
    """The page's language: ?lang= (from the address or the language link), else the session's, else
    Chinese; kept across pages and written back to the address (?lang=en)."""
    return url_choice("lang", list(LANGS), DEFAULT_LANG, DEFAULT_LANG)


def lang() -> str:
    """The current language (kept by language(), which app.py calls on every run)."""
    value = st.session_state.get("_lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def language_link(page, current: str) -> None:
    """The sidebar's language switch: one link to this page in the other language (English / 中文).
    A link, not a two-button control: it costs the viewer's browser next to nothing to draw (the
    segmented control it replaced cost ~70 ms of main-thread time on every page)."""
    other = "en" if current == "zh" else "zh"
    st.sidebar.page_link(page, label="English" if other == "en" else "中文", icon=":material/translate:",
                         query_params={"lang": other})
