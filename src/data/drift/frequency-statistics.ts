/**
 * The tests that compare frequencies — of categories, of a numeric column's few values, or of the
 * bins of its histogram — computed by DuckDB as aggregates over one row per key (never per data
 * row), exactly as Evidently/scipy define them:
 *   chi2  scipy.stats.chisquare(f_obs = current counts, f_exp = reference counts · n_cur/n_ref)
 *   z     the two-proportion z statistic for the first key (sorted) against the rest
 *   jensenshannon  scipy.spatial.distance.jensenshannon(ref %, cur %), natural log
 *   psi   Σ (ref% − cur%) ln(ref% / cur%), empty cells filled as Evidently does
 *   linf  max |ref% − cur%|
 */
import { ident, type Sql } from "../sql.js";
import { binCountsSql } from "./histogram-bins.js";
import { doubleLiteral } from "./sql-double.js";

export interface FrequencyStatistics {
  keys: number;
  /** Keys seen in the current data only: they make the chi-square statistic infinite. */
  newKeys: number;
  chi2: number;
  jensenShannon: number;
  psi: number;
  linf: number;
  /** Counts of the smallest key, for the z-test. */
  firstKey: { reference: number; current: number };
}

export interface SampleTables {
  reference: string;
  current: string;
}

/** One row (k, rn, cn) per value seen in either dataset. */
export function valueCountsSql(tables: SampleTables, column: string): string {
  const c = ident(column);
  const counts = (table: string) =>
    `SELECT ${c} AS k, count(*) AS n FROM ${ident(table)} WHERE ${c} IS NOT NULL GROUP BY 1`;
  return `SELECT coalesce(r.k, c.k) AS k, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
    FROM (${counts(tables.reference)}) r FULL OUTER JOIN (${counts(tables.current)}) c ON r.k = c.k`;
}

/** One row (k, rn, cn) per histogram bin, empty bins included (np.histogram returns them all). */
export function binnedCountsSql(tables: SampleTables, column: string, edges: readonly number[]): string {
  const c = ident(column);
  return `SELECT b.range AS k, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
    FROM range(${edges.length - 1}) b
    LEFT JOIN (${binCountsSql(ident(tables.reference), c, edges)}) r ON r.k = b.range
    LEFT JOIN (${binCountsSql(ident(tables.current), c, edges)}) c ON c.k = b.range`;
}

export async function frequencyStatistics(
  sql: Sql,
  countsSql: string,
  counts: { reference: number; current: number },
): Promise<FrequencyStatistics> {
  const nr = doubleLiteral(counts.reference);
  const nc = doubleLiteral(counts.current);
  // Evidently's k_norm = len(current) / len(reference), applied to the reference counts.
  const kNorm = doubleLiteral(counts.current / counts.reference);
  // Evidently's get_binned_data(feel_zeroes=True): an empty cell gets min(non-empty %)/10^6 when that
  // minimum is ≤ 0.0001, else 0.0001.
  const small = doubleLiteral(0.0001);
  const fill = (min: string) =>
    `CASE WHEN ${min} <= ${small} THEN ${min} / ${doubleLiteral(1e6)} ELSE ${small} END`;
  const [row] = await sql.all(`
    WITH f AS (${countsSql}),
         p AS (SELECT k, rn, cn, CAST(rn AS DOUBLE) / ${nr} AS rp, CAST(cn AS DOUBLE) / ${nc} AS cp FROM f),
         t AS (SELECT fsum(rp) AS srp, fsum(cp) AS scp,
                      min(rp) FILTER (WHERE rp > 0) AS mrp, min(cp) FILTER (WHERE cp > 0) AS mcp FROM p),
         q AS (SELECT p.*, rp / srp AS pn, cp / scp AS qn,
                      CASE WHEN rp = 0 THEN ${fill("mrp")} ELSE rp END AS rpf,
                      CASE WHEN cp = 0 THEN ${fill("mcp")} ELSE cp END AS cpf
               FROM p, t)
    SELECT count(*) AS keys,
           count(*) FILTER (WHERE rn = 0) AS new_keys,
           fsum(CASE WHEN rn > 0 THEN (cn - rn * ${kNorm}) * (cn - rn * ${kNorm}) / (rn * ${kNorm}) END) AS chi2,
           fsum(CASE WHEN pn > 0 THEN pn * ln(pn / ((pn + qn) / CAST(2 AS DOUBLE))) ELSE 0 END)
             + fsum(CASE WHEN qn > 0 THEN qn * ln(qn / ((pn + qn) / CAST(2 AS DOUBLE))) ELSE 0 END) AS js,
           fsum((rpf - cpf) * ln(rpf / cpf)) AS psi,
           max(abs(rp - cp)) AS linf,
           arg_min(rn, k) AS first_rn,
           arg_min(cn, k) AS first_cn
    FROM q`);
  const keys = Number(row?.keys ?? 0);
  const newKeys = Number(row?.new_keys ?? 0);
  const js = Number(row?.js ?? 0);
  return {
    keys,
    newKeys,
    chi2: newKeys > 0 ? Number.POSITIVE_INFINITY : Number(row?.chi2 ?? 0),
    // scipy: sqrt(js / 2); rounding can leave a hair below 0 for identical distributions.
    jensenShannon: Math.sqrt(Math.max(js, 0) / 2.0),
    psi: Number(row?.psi ?? 0),
    linf: Number(row?.linf ?? 0),
    firstKey: { reference: Number(row?.first_rn ?? 0), current: Number(row?.first_cn ?? 0) },
  };
}
