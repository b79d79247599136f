"""The peer side of the drift bench: what Evidently's DataDriftPreset does per column, written out
with pandas + numpy + scipy (Evidently itself is not installed here): read both CSVs, type each
column by Evidently's rule, pick its default test, compute it; then KS forced on the two numeric
columns, as slipway-side.ts does. Prints JSON with timings, peak RSS and the results."""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def column_kind(ref, cur):
    if pd.api.types.is_bool_dtype(ref):
        return "categorical"
    if pd.api.types.is_integer_dtype(ref):
        return "categorical" if ref.nunique() <= 5 else "numeric"
    if pd.api.types.is_numeric_dtype(ref):
        return "numeric"
    return "categorical"


def default_test(ref, cur, kind):
    n_values = pd.concat([ref, cur]).nunique()
    if ref.shape[0] <= 1000:
        if kind == "numeric" and n_values > 5:
            return "ks"
        return "chi2" if n_values > 2 else "z"
    if kind == "numeric" and n_values > 5:
        return "wasserstein"
    return "jensenshannon"


def binned(ref, cur, kind):
    if kind == "numeric" and ref.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([ref, cur], axis=0).values, bins="sturges")
        return np.histogram(ref, bins)[0] / len(ref), np.histogram(cur, bins)[0] / len(cur)
    keys = list(set(ref.unique()) | set(cur.unique()))
    rc, cc = ref.value_counts(), cur.value_counts()
    return (np.array([rc.get(k, 0) / len(ref) for k in keys]), np.array([cc.get(k, 0) / len(cur) for k in keys]))


def measure(ref, cur, test, kind):
    if test == "ks":
        r = stats.ks_2samp(ref, cur)
        return float(r.statistic), float(r.pvalue)
    if test == "wasserstein":
        return float(stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)), None
    if test == "jensenshannon":
        rp, cp = binned(ref, cur, kind)
        return float(distance.jensenshannon(rp, cp)), None
    raise ValueError(test)


path_ref, path_cur = sys.argv[1], sys.argv[2]
started = time.perf_counter()
reference = pd.read_csv(path_ref)
current = pd.read_csv(path_cur)
read_seconds = time.perf_counter() - started
auto = []
for name in reference.columns:
    ref = reference[name].replace([np.inf, -np.inf], np.nan).dropna()
    cur = current[name].replace([np.inf, -np.inf], np.nan).dropna()
    kind = column_kind(ref, cur)
    test = default_test(ref, cur, kind)
    statistic, p = measure(ref, cur, test, kind)
    auto.append({"column": name, "test": test, "statistic": statistic, "p_value": p})
auto_done = time.perf_counter()
ks = []
for name in ["num_same", "num_shift"]:
    statistic, p = measure(reference[name], current[name], "ks", "numeric")
    ks.append({"column": name, "test": "ks", "statistic": statistic, "p_value": p})
ks_done = time.perf_counter()
print(json.dumps({
    "rows": int(len(reference) + len(current)),
    "read_seconds": read_seconds,
    "auto_seconds": auto_done - started - read_seconds,
    "ks_seconds": ks_done - auto_done,
    "seconds": auto_done - started,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "auto": auto,
    "ks": ks,
}))
