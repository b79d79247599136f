/**
 * The two distances between empirical distribution functions that numeric drift needs, in one
 * DuckDB query (never rows pulled into JS): the Kolmogorov–Smirnov statistic max |F_ref − F_cur|
 * (scipy.stats.ks_2samp) and the first Wasserstein distance ∫ |F_ref − F_cur| dx
 * (scipy.stats.wasserstein_distance). Both ECDFs are step functions that change only at observed
 * values, so running counts over the values of both samples, in order, give them exactly — with
 * the divisions scipy makes (count / n), so the same doubles.
 *
 * Two plans, same numbers: few distinct values (integers, rounded data) are counted per value first
 * and the small tables joined; mostly-distinct values (measurements) skip that hash aggregation and
 * are sorted once together, the ECDFs read at the last row of each run of equal values.
 */
import { ident, type Sql } from "../sql.js";
import { doubleLiteral } from "./sql-double.js";

export interface EcdfDistances {
  /** max(F_ref − F_cur) and max(F_cur − F_ref); the KS statistic is the larger. */
  dPlus: number;
  dMinus: number;
  wasserstein: number;
}

export type EcdfPlan = "value-counts" | "sorted-union";

/** Counting per value pays off while values repeat, on average, more than this many times. */
const REPEATS_FOR_VALUE_COUNTS = 4;

export function chooseEcdfPlan(counts: { reference: number; current: number }, distinct: number): EcdfPlan {
  return distinct * REPEATS_FOR_VALUE_COUNTS <= counts.reference + counts.current
    ? "value-counts"
    : "sorted-union";
}

export async function ecdfDistances(
  sql: Sql,
  tables: { reference: string; current: string },
  column: string,
  counts: { reference: number; current: number },
  plan: EcdfPlan,
): Promise<EcdfDistances> {
  const c = ident(column);
  const nr = doubleLiteral(counts.reference);
  const nc = doubleLiteral(counts.current);
  const values = (table: string) => `SELECT ${c} AS v FROM ${ident(table)} WHERE ${c} IS NOT NULL`;
  const ecdfs =
    plan === "value-counts"
      ? `r AS (SELECT v, count(*) AS n FROM (${values(tables.reference)}) GROUP BY 1),
         c AS (SELECT v, count(*) AS n FROM (${values(tables.current)}) GROUP BY 1),
         j AS (SELECT coalesce(r.v, c.v) AS v, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
               FROM r FULL OUTER JOIN c ON r.v = c.v),
         f AS (SELECT CAST(sum(rn) OVER w AS DOUBLE) / ${nr} AS fr,
                      CAST(sum(cn) OVER w AS DOUBLE) / ${nc} AS fc,
                      lead(v) OVER (ORDER BY v) - v AS dv
               FROM j WINDOW w AS (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))`
      : `u AS (SELECT v, 1 AS r FROM (${values(tables.reference)})
               UNION ALL SELECT v, 0 AS r FROM (${values(tables.current)})),
         e AS (SELECT v, sum(r) OVER w AS cr, row_number() OVER w AS n, lead(v) OVER w AS nv
               FROM u WINDOW w AS (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
         f AS (SELECT CAST(cr AS DOUBLE) / ${nr} AS fr, CAST(n - cr AS DOUBLE) / ${nc} AS fc, nv - v AS dv
               FROM e WHERE nv IS DISTINCT FROM v)`;
  const [row] = await sql.all(`
    WITH ${ecdfs}
    SELECT max(fr - fc) AS d_plus, max(fc - fr) AS d_minus, fsum(abs(fr - fc) * dv) AS wasserstein FROM f`);
  return {
    dPlus: Number(row?.d_plus ?? 0),
    dMinus: Number(row?.d_minus ?? 0),
    wasserstein: Number(row?.wasserstein ?? 0),
  };
}
