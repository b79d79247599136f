import { describe, expect, it } from "@jest/globals";
import {
  chi2Sf,
  gammaQ,
  lnGamma,
  normalTwoSidedP,
} from "../../../../src/data/drift/stats/incomplete-gamma.js";
import { runReferencePython } from "../../../helpers/reference-python.js";
import { expectClose } from "./expect-close.js";

const SCRIPT = `
import json, sys
from scipy import stats, special
q = json.loads(sys.argv[1])
def f(v):
    v = float(v)
    return v if v == v and abs(v) != float("inf") else None
print(json.dumps({
  "chi2": [f(stats.chi2.sf(x, df)) for x, df in q["chi2"]],
  "norm": [f(2 * stats.norm.sf(abs(z))) for z in q["norm"]],
  "gammaln": [f(special.gammaln(a)) for a in q["gammaln"]],
  "gammaincc": [f(special.gammaincc(a, x)) for a, x in q["gammaincc"]],
}))
`;

// Degrees of freedom from 1 (two categories) to 10^6 (a high-cardinality column), statistics from
// far below to far above the mean, into the 1e-300 tail.
const dfs = [1, 2, 3, 4, 7, 10, 29, 30, 31, 99, 1000, 12345, 100_000, 1_000_000];
const chi2Cases: [number, number][] = [];
for (const df of dfs) {
  for (const factor of [0.001, 0.1, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 2, 3, 5, 10]) {
    chi2Cases.push([df * factor, df]);
  }
  chi2Cases.push([df + 10 * Math.sqrt(2 * df), df], [df + 40 * Math.sqrt(2 * df), df]);
}
chi2Cases.push([0.5, 1], [1e-8, 1], [600, 1], [1300, 1], [1400, 3]);
const normCases = [0, 1e-9, 0.001, 0.5, 1, 1.959963984540054, 2.5, 3, 5, 8, 8.5, 10, 20, 30, 37, -4.2];
const gammalnCases = [1e-8, 0.01, 0.5, 1, 1.5, 2, 3.7, 10, 14.99, 15, 15.01, 100.5, 1e4, 1e7, 1e12];
const gammainccCases: [number, number][] = [
  [0.5, 0.01],
  [0.5, 2],
  [3, 2.9],
  [50, 49],
  [50, 52],
  [5e5, 4.99e5],
  [5e5, 5.01e5],
];

describe("incomplete gamma, chi-square and normal tails agree with scipy", () => {
  const expected = runReferencePython<{
    chi2: (number | null)[];
    norm: (number | null)[];
    gammaln: (number | null)[];
    gammaincc: (number | null)[];
  }>(SCRIPT, [
    JSON.stringify({ chi2: chi2Cases, norm: normCases, gammaln: gammalnCases, gammaincc: gammainccCases }),
  ]);

  it("chi2.sf over 1 to 10^6 degrees of freedom", () => {
    for (const [i, [x, df]] of chi2Cases.entries())
      expectClose(chi2Sf(x, df), expected.chi2[i]!, `chi2Sf(${x}, ${df})`);
  });

  it("2·norm.sf(|z|) into the far tail", () => {
    for (const [i, z] of normCases.entries())
      expectClose(normalTwoSidedP(z), expected.norm[i]!, `normal(${z})`);
  });

  it("gammaln on both sides of the Stirling switch", () => {
    for (const [i, a] of gammalnCases.entries())
      expectClose(lnGamma(a), expected.gammaln[i]!, `lnGamma(${a})`);
  });

  it("gammaincc near the mean, where series and continued fraction meet", () => {
    for (const [i, [a, x]] of gammainccCases.entries())
      expectClose(gammaQ(a, x), expected.gammaincc[i]!, `Q(${a}, ${x})`);
  });

  it("edges: zero statistic, infinite statistic, invalid degrees of freedom", () => {
    expect(chi2Sf(0, 3)).toBe(1);
    expect(chi2Sf(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(chi2Sf(1, 0)).toBeNaN();
    expect(normalTwoSidedP(0)).toBe(1);
  });
});
