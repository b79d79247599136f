#!/usr/bin/env node
// The peer in bench-reader.mjs: the benchmark schema's checks in polars (nodejs-polars 0.25.2),
// lazily over the CSV, cells cast in the expressions as a validator must (scanCSV has no dtype
// override). Prints JSON {rows, checks: {id: unexpected}}. Usage: node bench/data/polars-checks.mjs data.csv
import pl from "nodejs-polars";

const path = process.argv[2];
const frame = path.endsWith(".parquet") ? pl.scanParquet(path) : pl.scanCSV(path, { inferSchemaLength: 0 });
const text = (name) => pl.col(name).cast(pl.Utf8);
const num = (name, type = pl.Float64) => text(name).cast(type, false);
const count = (condition) => condition.cast(pl.Int64).sum();
const plans = pl.Series(["free", "pro", "team", "enterprise"]);
const result = frame
  .select(
    pl.count("id").alias("n"),
    count(pl.col("id").isNull()).alias("id.required"),
    pl.count("id").sub(num("id", pl.Int64).nUnique()).alias("id.unique"),
    count(num("id", pl.Int64).lt(1)).alias("id.minimum"),
    count(pl.col("age").isNotNull().and(num("age", pl.Int64).isNull())).alias("age.type"),
    count(pl.col("age").isNull()).alias("age.required"),
    count(num("age", pl.Int64).lt(18)).alias("age.minimum"),
    count(num("age", pl.Int64).gt(90)).alias("age.maximum"),
    num("age").mean().alias("age.mean"),
    count(num("income").lt(0)).alias("income.minimum"),
    pl.col("income").isNull().cast(pl.Float64).mean().alias("income.null_fraction"),
    num("income").median().alias("income.quantile[0.5]"),
    count(num("score").lt(0)).alias("score.minimum"),
    count(num("score").gtEq(1)).alias("score.exclusiveMaximum"),
    num("score").std().alias("score.stddev"),
    count(pl.col("plan").isNull()).alias("plan.required"),
    count(text("plan").isIn(plans).not()).alias("plan.enum"),
    count(text("country").str.lengths().lt(2)).alias("country.minLength"),
    count(text("country").str.lengths().gt(2)).alias("country.maxLength"),
    count(pl.col("signup").isNotNull().and(text("signup").str.strptime(pl.Date, "%Y-%m-%d").isNull())).alias(
      "signup.type",
    ),
    count(text("signup").str.strptime(pl.Date, "%Y-%m-%d").lt(new Date("2015-01-01"))).alias(
      "signup.minimum",
    ),
    count(text("email").str.contains("^[a-z0-9.]+@[a-z]+\\.com$").not()).alias("email.pattern"),
    count(
      text("active")
        .isIn(pl.Series(["true", "false"]))
        .not(),
    ).alias("active.type"),
    count(
      text("churn")
        .isIn(pl.Series(["0", "1"]))
        .not(),
    ).alias("churn.enum"),
  )
  .collectSync()
  .toRecords()[0];
const checks = Object.fromEntries(
  Object.entries(result)
    .filter(([k]) => k !== "n")
    .map(([k, v]) => [k, Number(v)]),
);
// Aggregate checks pass or fail as the schema says; counted as 0 or 1 like the other sides.
checks["age.mean"] = Number(!(checks["age.mean"] >= 40 && checks["age.mean"] <= 70));
checks["income.null_fraction"] = Number(checks["income.null_fraction"] > 0.05);
checks["income.quantile[0.5]"] = Number(
  !(checks["income.quantile[0.5]"] >= 1000 && checks["income.quantile[0.5]"] <= 100000),
);
checks["score.stddev"] = Number(checks["score.stddev"] > 0.5);
console.log(JSON.stringify({ rows: Number(result.n), checks }));
