/**
 * The two distances between empirical distribution functions that numeric drift needs, in one
 * DuckDB query over value counts (never the rows themselves): the Kolmogorov–Smirnov statistic
 * max |F_ref − F_cur| (scipy.stats.ks_2samp) and the first Wasserstein distance
 * ∫ |F_ref − F_cur| dx (scipy.stats.wasserstein_distance). Both ECDFs are step functions that only
 * change at observed values, so a running sum of counts over the distinct values of both samples,
 * ordered, gives them exactly — the same divisions scipy makes (count / n), so the same doubles.
 */
import { ident, type Sql } from "../sql.js";
import { doubleLiteral } from "./sql-double.js";

export interface EcdfDistances {
  /** max(F_ref − F_cur) and max(F_cur − F_ref); the KS statistic is the larger. */
  dPlus: number;
  dMinus: number;
  wasserstein: number;
}

export async function ecdfDistances(
  sql: Sql,
  tables: { reference: string; current: string },
  column: string,
  counts: { reference: number; current: number },
): Promise<EcdfDistances> {
  const c = ident(column);
  const valueCounts = (table: string) =>
    `SELECT ${c} AS v, count(*) AS n FROM ${ident(table)} WHERE ${c} IS NOT NULL GROUP BY 1`;
  const [row] = await sql.all(`
    WITH r AS (${valueCounts(tables.reference)}),
         c AS (${valueCounts(tables.current)}),
         j AS (SELECT coalesce(r.v, c.v) AS v, coalesce(r.n, 0) AS rn, coalesce(c.n, 0) AS cn
               FROM r FULL OUTER JOIN c ON r.v = c.v),
         e AS (SELECT CAST(sum(rn) OVER w AS DOUBLE) / ${doubleLiteral(counts.reference)} AS fr,
                      CAST(sum(cn) OVER w AS DOUBLE) / ${doubleLiteral(counts.current)} AS fc,
                      lead(v) OVER (ORDER BY v) - v AS dv
               FROM j WINDOW w AS (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
    SELECT max(fr - fc) AS d_plus, max(fc - fr) AS d_minus, fsum(abs(fr - fc) * dv) AS wasserstein FROM e`);
  return {
    dPlus: Number(row?.d_plus ?? 0),
    dMinus: Number(row?.d_minus ?? 0),
    wasserstein: Number(row?.wasserstein ?? 0),
  };
}
