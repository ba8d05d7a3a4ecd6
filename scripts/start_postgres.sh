#!/usr/bin/env bash
# Starts the local PostgreSQL cluster on loopback and creates the test role and database (idempotent).
#   scripts/start_postgres.sh        start
#   scripts/start_postgres.sh stop   stop the cluster again
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi
}
if [ "${1:-start}" = stop ]; then
  as_postgres "pg_ctlcluster $version main stop" || true
  exit 0
fi
as_postgres "pg_ctlcluster $version main start" 2>/dev/null || true
for _ in $(seq 1 30); do
  as_postgres "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
as_postgres "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'streamml'\"" | grep -q 1 ||
  as_postgres "psql -qc \"CREATE USER streamml WITH PASSWORD 'streamml' SUPERUSER\""
as_postgres "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'streamml_test'\"" | grep -q 1 ||
  as_postgres "createdb -O streamml streamml_test"
