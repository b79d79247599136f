#!/usr/bin/env node
// Generates the benchmark data with DuckDB (seeded, so every run measures the same bytes):
//   node bench/data/generate.mjs ROWS out.csv out.parquet [EVERY]
// One row in EVERY (default 50,000) breaks two rules (age and country), so the failure path
// (fetching failing rows) is measured too; EVERY=0 writes clean data, EVERY=100 1% failing rows.
import { DuckDBInstance } from "@duckdb/node-api";

const [rows, csv, parquet] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
const every = Number(process.argv[5] ?? 50000);
const broken = every > 0 ? `i % ${every} = 7` : "false";
const brokenCountry = every > 0 ? `i % ${every} = 11` : "false";
const db = await DuckDBInstance.create(":memory:");
const sql = await db.connect();
await sql.run("SELECT setseed(0.42)");
await sql.run(`CREATE TABLE bench AS SELECT
    i + 1 AS id,
    CASE WHEN ${broken} THEN 17 ELSE 18 + (hash(i) % 73)::INTEGER END AS age,
    CASE WHEN i % 40 = 0 THEN NULL ELSE round(1000 + (hash(i * 3) % 9000000) / 100.0, 2) END AS income,
    round((hash(i * 5) % 1000000) / 1000000.0, 6) AS score,
    (['free', 'pro', 'team', 'enterprise'])[1 + (hash(i * 7) % 4)::INTEGER] AS plan,
    (['FR', 'DE', 'US', 'GB', 'NL', 'ES', 'IT', 'SE', 'PL', 'XYZ'])[1 + CASE WHEN ${brokenCountry} THEN 9 ELSE (hash(i * 11) % 9)::INTEGER END] AS country,
    DATE '2015-01-01' + (hash(i * 13) % 3650)::INTEGER AS signup,
    'user' || i || '@example.com' AS email,
    hash(i * 17) % 2 = 0 AS active,
    (hash(i * 19) % 2)::INTEGER AS churn
  FROM range(${rows}) t(i)`);
await sql.run(`COPY bench TO '${csv}' (HEADER, DELIMITER ',')`);
await sql.run(`COPY bench TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`);
sql.closeSync();
db.closeSync();
