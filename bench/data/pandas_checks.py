"""The benchmark's checks written the way a team would in pandas (the peer Slipway is measured
against): read the CSV, then one vectorised expression per check. Prints JSON: seconds, peak RSS
and the unexpected count of every check, so the two implementations can be compared."""
import json
import resource
import sys
import time

import pandas as pd

path = sys.argv[1]
started = time.perf_counter()
df = pd.read_csv(path, dtype={"plan": "string", "country": "string", "email": "string"}, keep_default_na=True)
read_seconds = time.perf_counter() - started
n = len(df)
checks = {}
age = pd.to_numeric(df["age"], errors="coerce")
income = pd.to_numeric(df["income"], errors="coerce")
score = pd.to_numeric(df["score"], errors="coerce")
signup = pd.to_datetime(df["signup"], format="%Y-%m-%d", errors="coerce")
checks["rows"] = int(n < 1000)
checks["id.required"] = int(df["id"].isna().sum())
checks["id.unique"] = int(df["id"].duplicated(keep=False).sum())
checks["id.minimum"] = int((df["id"] < 1).sum())
checks["age.type"] = int((age.isna() & df["age"].notna()).sum())
checks["age.required"] = int(df["age"].isna().sum())
checks["age.minimum"] = int((age < 18).sum())
checks["age.maximum"] = int((age > 90).sum())
checks["age.mean"] = int(not (40 <= age.mean() <= 70))
checks["income.minimum"] = int((income < 0).sum())
checks["income.null_fraction"] = int(income.isna().mean() > 0.05)
checks["income.quantile[0.5]"] = int(not (1000 <= income.quantile(0.5) <= 100000))
checks["score.minimum"] = int((score < 0).sum())
checks["score.exclusiveMaximum"] = int((score >= 1).sum())
checks["score.stddev"] = int(score.std() > 0.5)
checks["plan.required"] = int(df["plan"].isna().sum())
checks["plan.enum"] = int((~df["plan"].isin(["free", "pro", "team", "enterprise"]) & df["plan"].notna()).sum())
lengths = df["country"].str.len()
checks["country.minLength"] = int((lengths < 2).sum())
checks["country.maxLength"] = int((lengths > 2).sum())
checks["signup.type"] = int((signup.isna() & df["signup"].notna()).sum())
checks["signup.minimum"] = int((signup < pd.Timestamp("2015-01-01")).sum())
checks["email.pattern"] = int((~df["email"].str.fullmatch(r"[a-z0-9.]+@[a-z]+\.com", na=True)).sum())
checks["active.type"] = int((~df["active"].isin([True, False, "true", "false", "True", "False", "TRUE", "FALSE", "1", "0", 1, 0]) & df["active"].notna()).sum())
checks["churn.enum"] = int((~df["churn"].isin([0, 1]) & df["churn"].notna()).sum())
seconds = time.perf_counter() - started
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "read_seconds": read_seconds, "peak_rss_bytes": peak_kib * 1024, "rows": n, "checks": checks}))
