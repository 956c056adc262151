#!/usr/bin/env bash
# Creates the warehouse database and its owner next to Airflow's metadata database.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE newsflow LOGIN PASSWORD '${WAREHOUSE_PASSWORD}';
CREATE DATABASE warehouse OWNER newsflow;
SQL
