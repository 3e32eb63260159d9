#!/usr/bin/env bash
# Set up everything the dashboard and its tests need, on a fresh Debian machine (as root, or with sudo):
# Debian's Chromium and a CJK font (chart export, browser tests), poppler-utils (PDF checks),
# LibreOffice Writer without GUI (renders the Word brief to PDF in a test),
# a Python virtual environment with the pinned packages, and the DuckDB file built from data/.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -q "WenQuanYi Micro Hei"; } || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)  # the brief's DOCX -> PDF test
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)  # deploy/: the nginx template is checked with nginx -t
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
stamp=".venv/.requirements.sha256"
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: installing Python packages from requirements.txt"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
  echo "$want" > "$stamp"
fi

.venv/bin/python -m dashboard build
