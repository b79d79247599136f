import { describe, expect, it } from "@jest/globals";
import { kolmogornSf } from "../../../../src/data/drift/stats/kolmogorov.js";
import { ksTwoSample, roundHalfEven } from "../../../../src/data/drift/stats/ks-two-sample.js";
import { smirnovSf } from "../../../../src/data/drift/stats/smirnov.js";
import { runReferencePython } from "../../../helpers/reference-python.js";
import { expectClose } from "./expect-close.js";

// Seeded sample pairs: equal and unequal sizes, exact (≤ 10 000) and asymptotic regimes, shifts
// from none to large, ties (rounded values) — scipy returns the statistic and p-value of each.
const SAMPLES_SCRIPT = `
import json, sys
import numpy as np
from scipy import stats
rng = np.random.default_rng(20240611)
out = []
sizes = [(5, 5), (7, 3), (20, 20), (50, 37), (100, 250), (999, 1000), (1000, 1000), (1000, 4000),
         (3, 10000), (10000, 10000), (400, 12000), (1000, 20000), (20, 50000), (120, 130000), (30000, 25000)]
for n1, n2 in sizes:
    for shift in [0.0, 0.05, 0.3, 1.5]:
        for ties in [False, True]:
            a = rng.normal(0, 1, n1)
            b = rng.normal(shift, 1, n2)
            if ties:
                a = np.round(a, 1); b = np.round(b, 1)
            r = stats.ks_2samp(a, b)
            out.append([n1, n2, float(r.statistic), float(r.pvalue)])
print(json.dumps(out))
`;

const KSTWO_SCRIPT = `
import json, sys
from scipy import stats, special
q = json.loads(sys.argv[1])
print(json.dumps({
  "kstwo": [float(stats.kstwo.sf(x, n)) for n, x in q["kstwo"]],
  "smirnov": [float(special.smirnov(n, x)) for n, x in q["smirnov"]],
}))
`;

// Every branch of scipy's kolmogn: Ruben–Gambino (n·x ≤ 1, n·x ≥ n−1), x ≥ 0.5, Durbin (n·x² ≤
// 0.754693, or n ≤ 100 000 with n·x^1.5 ≤ 1.4), Pomeranz (n ≤ 140, n·x² ≤ 4), Pelz–Good, and 2·Smirnov.
const kstwoCases: [number, number][] = [];
for (const n of [1, 2, 5, 10, 37, 100, 140, 141, 500, 999, 5000, 50_000, 100_001, 2_000_000]) {
  for (const nx2 of [0.3, 0.6, 0.75, 0.8, 1.5, 2.1, 2.3, 3.9, 4.1, 10, 17, 19, 50, 300, 400]) {
    const x = Math.sqrt(nx2 / n);
    if (x < 1) kstwoCases.push([n, x]);
  }
  for (const x of [0.4 / n, 0.75 / n, 0.55, 0.9, 1 - 1 / (2 * n)])
    if (x > 0 && x < 1) kstwoCases.push([n, x]);
}
const smirnovCases: [number, number][] = [];
for (const n of [1, 2, 10, 140, 1012, 1013, 50_000, 1_000_001]) {
  for (const x of [
    0,
    0.5 / n,
    1 / n,
    1.5 / n,
    Math.sqrt(2.2 / n),
    Math.sqrt(20 / n),
    0.5,
    0.8,
    1 - 1 / n,
    1,
  ]) {
    if (x >= 0 && x <= 1) smirnovCases.push([n, x]);
  }
}
// The largest n scipy still sums exactly (each takes scipy seconds in double-double arithmetic).
smirnovCases.push([1_000_000, Math.sqrt(30 / 1_000_000)]);

describe("two-sample Kolmogorov–Smirnov p-values agree with scipy", () => {
  it("ks_2samp on seeded samples, exact and asymptotic, with and without ties", () => {
    const samples = runReferencePython<[number, number, number, number][]>(SAMPLES_SCRIPT);
    expect(samples).toHaveLength(120);
    for (const [n1, n2, d, p] of samples) {
      const result = ksTwoSample(d, n1, n2);
      expectClose(result.statistic, d, `D(${n1}, ${n2})`);
      expectClose(result.pValue, p, `p(${n1}, ${n2}, D=${d})`);
    }
  });

  it("kstwo.sf and smirnov over every branch scipy takes", () => {
    const expected = runReferencePython<{ kstwo: number[]; smirnov: number[] }>(KSTWO_SCRIPT, [
      JSON.stringify({ kstwo: kstwoCases, smirnov: smirnovCases }),
    ]);
    for (const [i, [n, x]] of kstwoCases.entries())
      expectClose(kolmogornSf(n, x), expected.kstwo[i]!, `kstwo.sf(${x}, ${n})`);
    for (const [i, [n, x]] of smirnovCases.entries())
      expectClose(smirnovSf(n, x), expected.smirnov[i]!, `smirnov(${n}, ${x})`);
  });

  it("the statistic's rounding follows numpy (halves to even)", () => {
    expect([0.5, 1.5, 2.5, 2.4999, 3.5].map(roundHalfEven)).toEqual([0, 2, 2, 2, 4]);
  });

  it("no difference means p = 1", () => {
    expect(ksTwoSample(0, 10, 20)).toEqual({ statistic: 0, pValue: 1, method: "exact" });
  });
});
