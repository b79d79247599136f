#!/usr/bin/env node
// The floor of bench-reader.mjs: the benchmark schema's checks as ONE hand-written DuckDB query over
// the CSV (every cell read as text and cast, as a validator must), no row numbers, no samples.
// Prints JSON {checks: {id: unexpected}}. Usage: node bench/data/floor-query.mjs data.csv
import { DuckDBInstance } from "@duckdb/node-api";

const path = process.argv[2];
const db = await DuckDBInstance.create(":memory:");
const sql = await db.connect();
const source = path.endsWith(".parquet")
  ? `(SELECT * REPLACE (CAST(signup AS VARCHAR) AS signup, CAST(active AS VARCHAR) AS active) FROM read_parquet('${path}'))`
  : `read_csv('${path}', header=true, all_varchar=true, delim=',', quote='"', escape='"')`;
const reader = await sql.runAndReadAll(`
  WITH t AS (SELECT id, TRY_CAST(id AS BIGINT) AS id_n, age, TRY_CAST(age AS BIGINT) AS age_n,
      TRY_CAST(income AS DOUBLE) AS income_n, income, TRY_CAST(score AS DOUBLE) AS score_n, plan, country,
      signup, TRY_CAST(signup AS DATE) AS signup_d, email, active, churn FROM ${source})
  SELECT
    count(*) AS n,
    count(*) FILTER (WHERE id IS NULL) AS "id.required",
    count(*) - count(DISTINCT id_n) AS "id.unique",
    count(*) FILTER (WHERE id_n < 1) AS "id.minimum",
    count(*) FILTER (WHERE age IS NOT NULL AND age_n IS NULL) AS "age.type",
    count(*) FILTER (WHERE age IS NULL) AS "age.required",
    count(*) FILTER (WHERE age_n < 18) AS "age.minimum",
    count(*) FILTER (WHERE age_n > 90) AS "age.maximum",
    (avg(age_n) NOT BETWEEN 40 AND 70)::INTEGER AS "age.mean",
    count(*) FILTER (WHERE income_n < 0) AS "income.minimum",
    (count(*) FILTER (WHERE income IS NULL) > 0.05 * count(*))::INTEGER AS "income.null_fraction",
    (quantile_cont(income_n, 0.5) NOT BETWEEN 1000 AND 100000)::INTEGER AS "income.quantile[0.5]",
    count(*) FILTER (WHERE score_n < 0) AS "score.minimum",
    count(*) FILTER (WHERE score_n >= 1) AS "score.exclusiveMaximum",
    (stddev_samp(score_n) > 0.5)::INTEGER AS "score.stddev",
    count(*) FILTER (WHERE plan IS NULL) AS "plan.required",
    count(*) FILTER (WHERE plan NOT IN ('free', 'pro', 'team', 'enterprise')) AS "plan.enum",
    count(*) FILTER (WHERE length(country) < 2) AS "country.minLength",
    count(*) FILTER (WHERE length(country) > 2) AS "country.maxLength",
    count(*) FILTER (WHERE signup IS NOT NULL AND signup_d IS NULL) AS "signup.type",
    count(*) FILTER (WHERE signup_d < DATE '2015-01-01') AS "signup.minimum",
    count(*) FILTER (WHERE NOT regexp_full_match(email, '[a-z0-9.]+@[a-z]+\\.com')) AS "email.pattern",
    count(*) FILTER (WHERE active IS NOT NULL AND TRY_CAST(active AS BOOLEAN) IS NULL) AS "active.type",
    count(*) FILTER (WHERE churn NOT IN ('0', '1')) AS "churn.enum"
  FROM t`);
const [row] = reader.getRowObjectsJS();
const checks = Object.fromEntries(
  Object.entries(row)
    .filter(([k]) => k !== "n")
    .map(([k, v]) => [k, Number(v)]),
);
console.log(JSON.stringify({ rows: Number(row.n), checks }));
sql.closeSync();
db.closeSync();
