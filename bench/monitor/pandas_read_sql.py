"""The peer of the pushed-down checks: what a team does without them — pandas.read_sql of the whole
table over psycopg2, then the same checks as vectorised expressions. Prints JSON: seconds (total
and read), peak RSS, rows and each check's unexpected count, to compare with Slipway's report.
Usage: python3 pandas_read_sql.py TABLE   (URL in BENCH_DATABASE_URL)"""
import json
import os
import resource
import sys
import time
import warnings

import pandas as pd
import psycopg2

table = sys.argv[1]
started = time.perf_counter()
connection = psycopg2.connect(os.environ["BENCH_DATABASE_URL"])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # pandas prefers SQLAlchemy; a DBAPI connection works
    df = pd.read_sql(f"SELECT * FROM {table}", connection)
connection.close()
read_seconds = time.perf_counter() - started
n = len(df)
signup = pd.to_datetime(df["signup"])
checks = {
    "rows": int(n < 1000),
    "id.required": int(df["id"].isna().sum()),
    "id.unique": int(df["id"].duplicated(keep=False).sum()),
    "id.minimum": int((df["id"] < 1).sum()),
    "age.required": int(df["age"].isna().sum()),
    "age.minimum": int((df["age"] < 18).sum()),
    "age.maximum": int((df["age"] > 90).sum()),
    "age.mean": int(not (40 <= df["age"].mean() <= 70)),
    "income.minimum": int((df["income"] < 0).sum()),
    "income.null_fraction": int(df["income"].isna().mean() > 0.05),
    "income.quantile[0.5]": int(not (1000 <= df["income"].quantile(0.5) <= 100000)),
    "score.minimum": int((df["score"] < 0).sum()),
    "score.exclusiveMaximum": int((df["score"] >= 1).sum()),
    "score.stddev": int(df["score"].std() > 0.5),
    "plan.required": int(df["plan"].isna().sum()),
    "plan.enum": int((~df["plan"].isin(["free", "pro", "team", "enterprise"]) & df["plan"].notna()).sum()),
    "country.minLength": int((df["country"].str.len() < 2).sum()),
    "country.maxLength": int((df["country"].str.len() > 2).sum()),
    "signup.minimum": int((signup < pd.Timestamp("2015-01-01")).sum()),
    "email.pattern": int((~df["email"].str.fullmatch(r"[a-z0-9.]+@[a-z]+\.com", na=True)).sum()),
    "churn.enum": int((~df["churn"].isin([0, 1]) & df["churn"].notna()).sum()),
}
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "read_seconds": read_seconds, "peak_rss_bytes": peak_kib * 1024, "rows": n, "checks": checks}))
