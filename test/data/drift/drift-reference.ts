/**
 * The Python side of the drift tests: seeded fixture files, and Evidently's definitions of each
 * test written out with numpy/scipy (Evidently itself is not installed here; each function below
 * mirrors evidently/legacy/calculations/stattests/*.py and calls the scipy function it calls).
 * The numbers Slipway computes in DuckDB are checked against these, computed at test time from the
 * same CSV files.
 */
import { runReferencePython } from "../../helpers/reference-python.js";

/** Writes the fixtures (CSV) into `dir`: small, equal, large, asymptotic and wide shapes. */
export function writeDriftFixtures(dir: string): void {
  runReferencePython(FIXTURES_SCRIPT, [dir]);
}

export interface ReferenceQuery {
  reference: string;
  current: string;
  column: string;
  test: string;
  kind: "numeric" | "categorical";
}

export interface ReferenceValue {
  statistic: number | null;
  p_value: number | null;
  /** The statistic was +∞ (chi-square with a category the reference lacks). */
  infinite: boolean;
}

export function referenceDrift(queries: ReferenceQuery[]): ReferenceValue[] {
  return runReferencePython<ReferenceValue[]>(REFERENCE_SCRIPT, [JSON.stringify(queries)]);
}

const FIXTURES_SCRIPT = `
import sys, os
import numpy as np
import pandas as pd
out = sys.argv[1]
rng = np.random.default_rng(7)

def with_missing(values, share):
    values = pd.Series(values, dtype=object)
    values[rng.random(len(values)) < share] = None
    return values

def small(n, shift):
    cities = ["Paris", "Berlin", "Madrid", "Rome"] + (["Lyon"] if shift else [])
    frame = pd.DataFrame({
        "num_same": rng.normal(0, 1, n),
        "num_shift": rng.normal(0.5 if shift else 0, 1, n),
        "num_ties": np.round(rng.normal(0, 1, n) * 2) / 2,
        "int_few": rng.integers(0, 4, n),
        "float_few": rng.choice([0.5, 1.5, 2.5], n),
        "binary": rng.choice(["no", "yes"], n, p=[0.3, 0.7] if shift else [0.5, 0.5]),
        "flag": rng.random(n) < (0.6 if shift else 0.5),
        "city": rng.choice(cities, n),
        "color": rng.choice(["red", "green", "blue"], n, p=[0.2, 0.3, 0.5] if shift else [0.3, 0.3, 0.4]),
        "with_nulls": with_missing(np.round(rng.normal(10, 3, n), 3), 0.1),
        "day": pd.date_range("2024-01-01", periods=n, freq="h").strftime("%Y-%m-%d"),
    })
    # Text the way people's CSVs spell infinities and NaN: DuckDB reads them as DOUBLE, Evidently drops them.
    frame.loc[3, "with_nulls"] = "inf"
    frame.loc[5, "with_nulls"] = "nan"
    frame["only_ref" if not shift else "only_cur"] = rng.normal(0, 1, n)
    return frame

def large(n, shift):
    return pd.DataFrame({
        "num_same": rng.normal(5, 2, n),
        "num_shift": rng.normal(5.4 if shift else 5, 2, n),
        "int_wide": rng.integers(0, 200, n),
        "int_few": rng.integers(0, 5, n),
        "num_few": rng.choice([0.1, 0.2, 0.3], n, p=[0.2, 0.5, 0.3] if shift else [0.3, 0.4, 0.3]),
        "cat": rng.choice(list("abcdefgh"), n, p=[0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] if shift else None),
        "cat_new": rng.choice(["x", "y", "z"] + (["w"] if shift else []), n),
        "binary": rng.choice(["a", "b"], n),
        "tiny_scale": rng.normal(0, 1e-5, n),
    })

small(400, False).to_csv(os.path.join(out, "small_ref.csv"), index=False)
small(450, True).to_csv(os.path.join(out, "small_cur.csv"), index=False)
pd.DataFrame({"x": rng.normal(0, 1, 300)}).to_csv(os.path.join(out, "equal_ref.csv"), index=False)
pd.DataFrame({"x": rng.normal(0.25, 1, 300)}).to_csv(os.path.join(out, "equal_cur.csv"), index=False)
large(5000, False).to_csv(os.path.join(out, "large_ref.csv"), index=False)
large(6000, True).to_csv(os.path.join(out, "large_cur.csv"), index=False)
pd.DataFrame({"x": rng.normal(0, 1, 800)}).to_csv(os.path.join(out, "asymp_ref.csv"), index=False)
pd.DataFrame({"x": rng.normal(0.1, 1, 12000)}).to_csv(os.path.join(out, "asymp_cur.csv"), index=False)
print("{}")
`;

const REFERENCE_SCRIPT = `
import sys, json
import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

def clean(series):
    return series.replace([np.inf, -np.inf], np.nan).dropna()

def keys_of(r, c):
    return list(set(r.dropna().unique()) | set(c.dropna().unique()))

def binned(r, c, kind, feel_zeroes):
    # evidently get_binned_data(..., n=30)
    if kind == "numeric" and r.nunique() > 20:
        bins = np.histogram_bin_edges(pd.concat([r, c], axis=0).values, bins="sturges")
        rp = np.histogram(r, bins)[0] / len(r)
        cp = np.histogram(c, bins)[0] / len(c)
    else:
        keys = keys_of(r, c)
        rd = {**dict.fromkeys(keys, 0), **dict(r.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(c.value_counts())}
        rp = np.array([rd[k] / len(r) for k in keys])
        cp = np.array([cd[k] / len(c) for k in keys])
    if feel_zeroes:
        m = min(rp[rp != 0]); np.place(rp, rp == 0, m / 10**6 if m <= 0.0001 else 0.0001)
        m = min(cp[cp != 0]); np.place(cp, cp == 0, m / 10**6 if m <= 0.0001 else 0.0001)
    return rp, cp

def measure(r, c, test, kind):
    if test == "ks":
        res = stats.ks_2samp(r, c)
        return float(res.statistic), float(res.pvalue)
    if test == "wasserstein":
        return float(stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)), None
    if test == "chi2":
        keys = keys_of(r, c)
        rd = {**dict.fromkeys(keys, 0), **dict(r.value_counts())}
        cd = {**dict.fromkeys(keys, 0), **dict(c.value_counts())}
        k_norm = c.shape[0] / r.shape[0]
        with np.errstate(divide="ignore"):
            res = stats.chisquare([cd[k] for k in keys], [rd[k] * k_norm for k in keys])
        return float(res.statistic), float(res.pvalue)
    if test == "z":
        if r.nunique() == 1 and c.nunique() == 1 and r.unique()[0] == c.unique()[0]:
            return 0.0, 1.0
        key = sorted(keys_of(r, c))[0]
        a = r.apply(lambda x: 0 if x == key else 1); b = c.apply(lambda x: 0 if x == key else 1)
        n1, n2 = len(a), len(b)
        p1, p2 = float(sum(a)) / n1, float(sum(b)) / n2
        P = float(p1 * n1 + p2 * n2) / (n1 + n2)
        z = (p1 - p2) / np.sqrt(P * (1 - P) * (1.0 / n1 + 1.0 / n2))
        # Evidently writes 2 * (1 - norm.cdf(|z|)), which rounds to 0 beyond |z| ~ 8; the tail itself is norm.sf.
        return float(z), float(2 * stats.norm.sf(abs(z)))
    if test == "psi":
        rp, cp = binned(r, c, kind, True)
        return float(np.sum((rp - cp) * np.log(rp / cp))), None
    if test == "jensenshannon":
        rp, cp = binned(r, c, kind, False)
        return float(distance.jensenshannon(rp, cp)), None
    if test == "linf":
        rp, cp = binned(r, c, kind, False)
        return float(np.max(np.abs(rp - cp))), None
    raise ValueError(test)

frames = {}
def read(path):
    if path not in frames:
        frames[path] = pd.read_csv(path, float_precision="round_trip")
    return frames[path]

out = []
for q in json.loads(sys.argv[1]):
    r = clean(read(q["reference"])[q["column"]])
    c = clean(read(q["current"])[q["column"]])
    statistic, p = measure(r, c, q["test"], q["kind"])
    infinite = statistic is not None and np.isinf(statistic)
    out.append({"statistic": None if infinite else statistic, "p_value": p, "infinite": bool(infinite)})
print(json.dumps(out))
`;
