#!/usr/bin/env bash
# Seeds public.patients from data/train.csv — standing in for the production table a team already
# has. Column types from the header: sample_id bigint, diagnosis text, the measurements double.
# Usage: DATABASE_URL=postgres://… scripts/seed_postgres.sh
set -euo pipefail
header="$(head -n 1 data/train.csv)"
columns=""
IFS=',' read -ra names <<< "$header"
for name in "${names[@]}"; do
  case "$name" in
    sample_id) type="bigint" ;;
    diagnosis) type="text" ;;
    *) type="double precision" ;;
  esac
  columns="${columns:+$columns, }\"$name\" $type"
done
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -c "DROP TABLE IF EXISTS public.patients" -c "CREATE TABLE public.patients ($columns)"
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -c "\\copy public.patients FROM 'data/train.csv' WITH (FORMAT csv, HEADER true)"
