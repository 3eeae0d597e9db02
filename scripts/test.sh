#!/usr/bin/env bash
# The whole suite: lint and types, then the tests on SQLite, then the database
# tests again on PostgreSQL when DATABASE_URL is set or a server answers on 127.0.0.1:5432.
# --fast: the quick lane (tests not marked slow, SQLite only).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
FAST=""
if [ "${1:-}" = "--fast" ]; then
  FAST=1
  shift
fi

echo "== lint and types"
$BIN/ruff check src tests bench
$BIN/ruff format --check src tests bench
$BIN/mypy
$BIN/lint-imports

export SIEGEL_DATA_DIR="${SIEGEL_DATA_DIR:-$PWD/var/test}"
PG_URL="${DATABASE_URL:-}"
unset DATABASE_URL

if [ -n "$FAST" ]; then
  echo "== quick lane: tests not marked slow, on SQLite"
  exec $BIN/pytest -n 2 -p no:cacheprovider -m "not slow" "$@"
fi

echo "== tests on SQLite"
$BIN/pytest -n 2 -p no:cacheprovider "$@"

if [ -z "$PG_URL" ] && $BIN/python - <<'PY'
import socket, sys
try:
    socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
except OSError:
    sys.exit(1)
PY
then
  PG_URL="postgres://postgres@127.0.0.1:5432/test"
fi
if [ -n "$PG_URL" ]; then
  echo "== database tests on PostgreSQL ($PG_URL)"
  DATABASE_URL="$PG_URL" $BIN/pytest -n 2 -p no:cacheprovider -m "django_db or postgres_only" "$@"
else
  echo "== PostgreSQL: no server on 127.0.0.1:5432 and no DATABASE_URL: PostgreSQL pass not run"
fi
