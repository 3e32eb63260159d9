#!/usr/bin/env bash
# N dashboard replicas behind nginx on this machine, for testing the deployment:
#
#   bash deploy/local.sh 3        # 3 replicas on 127.0.0.1:8601..8603, nginx on port 8080
#   bash deploy/local.sh stop     # stop what the last start started (by its pid files)
#
# Environment: PORT (nginx, default 8080), REPLICA_PORT (first replica, default 8601),
# RUN_DIR (pid files, logs, the generated nginx.conf; default /tmp/dashboard-local),
# LISTEN_HOST (nginx's listen address, default 127.0.0.1; 0.0.0.0 to let other machines in),
# SERVE_ARGS (more streamlit options for every replica, e.g. "--runner.postScriptGC true").
# Installs Debian's nginx when it is missing (apt-get; root or sudo). Replicas bind to 127.0.0.1:
# only nginx is reachable from outside, and only when LISTEN_HOST says so.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN_DIR=${RUN_DIR:-/tmp/dashboard-local}
PORT=${PORT:-8080}
REPLICA_PORT=${REPLICA_PORT:-8601}
LISTEN_HOST=${LISTEN_HOST:-127.0.0.1}
SERVE_ARGS=${SERVE_ARGS:-}
NGINX=/usr/sbin/nginx

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop() {
  local stopped=0
  if alive "$RUN_DIR/nginx.pid"; then
    "$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" -s quit && stopped=$((stopped + 1))
  fi
  local pids=()
  for f in "$RUN_DIR"/replica-*.pid; do
    [ -f "$f" ] || continue
    if alive "$f"; then pids+=("$(cat "$f")"); kill "$(cat "$f")" && stopped=$((stopped + 1)); fi
    rm -f "$f"
  done
  for _ in $(seq 100); do  # up to 10 s for a clean exit, then kill what is left
    local left=0
    alive "$RUN_DIR/nginx.pid" && left=1
    for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && left=1; done
    [ $left -eq 0 ] && break
    sleep 0.1
  done
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && kill -9 "$p"; done
  rm -f "$RUN_DIR/url"
  echo "stopped $stopped processes (run dir $RUN_DIR)"
}

wait_health() {  # URL TIMEOUT_SECONDS
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 2 "$1/_stcore/health" 2>/dev/null \
      || python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=2)" \
           "$1/_stcore/health" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then echo "no answer from $1/_stcore/health after $2 s" >&2; return 1; fi
    sleep 0.3
  done
}

if [ "${1:-}" = "stop" ]; then stop; exit 0; fi
N=${1:-}
if ! [[ "$N" =~ ^[0-9]+$ ]] || [ "$N" -lt 1 ] || [ "$N" -gt 16 ]; then
  echo "usage: bash deploy/local.sh N (1-16 replicas) | stop" >&2
  exit 2
fi
mkdir -p "$RUN_DIR"
for f in "$RUN_DIR"/nginx.pid "$RUN_DIR"/replica-*.pid; do
  if alive "$f"; then echo "already running from $RUN_DIR: bash deploy/local.sh stop first" >&2; exit 1; fi
done

if [ ! -x "$NGINX" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "local.sh: installing Debian's nginx"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi

PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || PY=python3
# Build once if missing, rather than N replicas racing (DASHBOARD_DATA_DIR / DASHBOARD_DB are honoured).
[ -f "${DASHBOARD_DB:-${DASHBOARD_DATA_DIR:-data}/economy.duckdb}" ] || "$PY" -m dashboard build >/dev/null

servers=""
for i in $(seq 0 $((N - 1))); do
  port=$((REPLICA_PORT + i))
  # Each replica: its own process on loopback; all share data/ (the DuckDB file, imports).
  # shellcheck disable=SC2086  # SERVE_ARGS is a list of options
  PYTHONPATH="$ROOT" setsid "$PY" -m dashboard serve --port "$port" -- --server.fileWatcherType none $SERVE_ARGS \
    </dev/null >"$RUN_DIR/replica-$((i + 1)).log" 2>&1 &
  echo $! >"$RUN_DIR/replica-$((i + 1)).pid"
  servers+="        server 127.0.0.1:$port max_fails=3 fail_timeout=10s;"$'\n'
done

# nginx's workers run as www-data when started by root: they need the temp directories.
mkdir -p "$RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi}
chmod 755 "$RUN_DIR"
if [ "$(id -u)" -eq 0 ] && id www-data >/dev/null 2>&1; then
  chown www-data "$RUN_DIR"/{client_body,proxy,fastcgi,uwsgi,scgi}
fi
python3 - "$ROOT/deploy/nginx.conf.template" "$RUN_DIR/nginx.conf" "$LISTEN_HOST:$PORT" "$RUN_DIR" "$servers" <<'EOF'
import sys
template, out, listen, run_dir, servers = sys.argv[1:]
text = open(template, encoding="utf-8").read()
text = text.replace("@LISTEN@", listen).replace("@RUN_DIR@", run_dir)
text = text.replace("@UPSTREAM_SERVERS@\n", servers)
open(out, "w", encoding="utf-8").write(text)
EOF

for i in $(seq 0 $((N - 1))); do
  if ! wait_health "http://127.0.0.1:$((REPLICA_PORT + i))" 90; then
    tail -20 "$RUN_DIR/replica-$((i + 1)).log" >&2; stop; exit 1
  fi
done
"$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" -t -q
"$NGINX" -p "$RUN_DIR" -e "$RUN_DIR/error.log" -c "$RUN_DIR/nginx.conf" </dev/null >>"$RUN_DIR/error.log" 2>&1
url="http://127.0.0.1:$PORT"
wait_health "$url" 30 || { tail -20 "$RUN_DIR/error.log" >&2; stop; exit 1; }
echo "$url" >"$RUN_DIR/url"
echo "$N replicas on 127.0.0.1:$REPLICA_PORT-$((REPLICA_PORT + N - 1)) behind nginx: $url"
echo "logs and pid files: $RUN_DIR; stop with: RUN_DIR=$RUN_DIR bash deploy/local.sh stop"
