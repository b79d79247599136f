/**
 * Measures one column with the chosen test: the DuckDB query for its family (ECDF distances, or
 * frequencies per value or per histogram bin), then the statistic and p-value as Evidently reports
 * them.
 */
import type { DriftTest } from "../../report/types.js";
import type { Sql } from "../sql.js";
import type { ColumnKind } from "./choose-test.js";
import { chooseEcdfPlan, ecdfDistances } from "./ecdf-distances.js";
import {
  binnedCountsSql,
  frequencyStatistics,
  type SampleTables,
  valueCountsSql,
} from "./frequency-statistics.js";
import { BINNING_MIN_DISTINCT, sturgesEdges } from "./histogram-bins.js";
import type { ColumnProfile } from "./stage-sample.js";
import { chi2Sf, normalTwoSidedP } from "./stats/incomplete-gamma.js";
import { ksTwoSample } from "./stats/ks-two-sample.js";

/** Evidently's floor under the reference standard deviation that normalises the Wasserstein distance. */
const MIN_WASSERSTEIN_NORM = 0.001;

export interface Measured {
  statistic: number;
  pValue?: number;
  note?: string;
}

export async function measureColumn(
  sql: Sql,
  tables: SampleTables,
  alias: string,
  test: DriftTest,
  kind: ColumnKind,
  profiles: { reference: ColumnProfile; current: ColumnProfile },
): Promise<Measured> {
  const counts = { reference: profiles.reference.count, current: profiles.current.count };
  if (test === "ks" || test === "wasserstein") {
    const plan = chooseEcdfPlan(counts, profiles.reference.distinct + profiles.current.distinct);
    const distances = await ecdfDistances(sql, tables, alias, counts, plan);
    if (test === "wasserstein") {
      const norm = Math.max(profiles.reference.std ?? 0, MIN_WASSERSTEIN_NORM);
      return { statistic: distances.wasserstein / norm };
    }
    const d = Math.max(Math.min(Math.max(distances.dMinus, 0), 1), distances.dPlus);
    const ks = ksTwoSample(d, counts.reference, counts.current);
    return { statistic: ks.statistic, pValue: ks.pValue };
  }
  const binned =
    kind === "numeric" &&
    profiles.reference.distinct > BINNING_MIN_DISTINCT &&
    test !== "chi2" &&
    test !== "z";
  const countsSql = binned
    ? binnedCountsSql(tables, alias, histogramEdges(profiles))
    : valueCountsSql(tables, alias);
  const f = await frequencyStatistics(sql, countsSql, counts);
  switch (test) {
    case "chi2": {
      if (f.newKeys > 0) {
        // scipy's statistic is +∞ (p = 0); JSON has no infinity, so the report carries the largest double.
        return {
          statistic: Number.MAX_VALUE,
          pValue: 0,
          note: `${f.newKeys} ${f.newKeys === 1 ? "value appears" : "values appear"} only in the current data (chi-square is infinite)`,
        };
      }
      return { statistic: f.chi2, pValue: f.keys > 1 ? chi2Sf(f.chi2, f.keys - 1) : 1 };
    }
    case "z":
      return zTest(f.keys, f.firstKey, counts);
    case "psi":
      return { statistic: f.psi };
    case "jensenshannon":
      return { statistic: f.jensenShannon };
    case "linf":
      return { statistic: f.linf };
  }
}

/**
 * Evidently's z-test for two proportions: the share of values other than the first key (sorted),
 * reference against current, pooled; p = 2·P(Z > |z|). One shared value on both sides is p = 1.
 */
function zTest(
  keys: number,
  first: { reference: number; current: number },
  counts: { reference: number; current: number },
): Measured {
  if (keys <= 1) return { statistic: 0, pValue: 1 };
  const n1 = counts.reference;
  const n2 = counts.current;
  const p1 = (n1 - first.reference) / n1;
  const p2 = (n2 - first.current) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
  return { statistic: z, pValue: normalTwoSidedP(z) };
}

function histogramEdges({
  reference,
  current,
}: {
  reference: ColumnProfile;
  current: ColumnProfile;
}): number[] {
  if (reference.min === null || reference.max === null || current.min === null || current.max === null) {
    // Only numeric columns with values on both sides are binned, and those are profiled with a range.
    throw new Error("a binned column has no min or max in its profile");
  }
  const min = Math.min(reference.min, current.min);
  const max = Math.max(reference.max, current.max);
  return sturgesEdges(min, max, reference.count + current.count);
}
