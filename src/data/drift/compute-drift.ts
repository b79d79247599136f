/**
 * Per-column data drift between a reference and a current dataset, as Evidently defines it (see
 * choose-test.ts), computed in DuckDB: the compared columns are staged once per dataset, then each
 * column costs one aggregate query over its value counts or histogram — never rows pulled into JS.
 * Each test is measured by measure-column.ts, p-values from ./stats. Columns that cannot be compared (missing on one side, dates,
 * nested types, no values) are listed with the reason instead of failing the run.
 *
 * Column kinds (Evidently's rule for features): numbers are numeric, except integer columns whose
 * reference holds at most 5 distinct values, which are categorical; text and booleans are
 * categorical. Nulls, NaN and ±∞ are left out of every comparison.
 */
import type { DriftConfig } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import type { ColumnDrift, DriftReport, NotComparedColumn } from "../../report/types.js";
import { ident, type Sql } from "../sql.js";
import { type ColumnKind, chooseTest, FEW_VALUES_MAX, isDrifted } from "./choose-test.js";
import { type ColumnPlan, INTEGER_CATEGORICAL_MAX_DISTINCT, planColumn } from "./column-kind.js";
import type { SampleTables } from "./frequency-statistics.js";
import { measureColumn } from "./measure-column.js";
import { type ColumnProfile, profileOf, type StagedColumn, stageSample } from "./stage-sample.js";

export interface DriftSource {
  /** A view name or a SQL FROM expression. */
  relation: string;
  columns: { name: string; type: string }[];
  rows: number;
  /**
   * Copy the compared columns into a temp table first (default): right for CSV and JSON, which
   * DuckDB parses again on every read. Columnar files (Parquet) read fast as they are: pass false.
   */
  materialize?: boolean;
  /** Per column, why its statistic is approximate (a table summarised in its database, stage-summary.ts). */
  notes?: ReadonlyMap<string, string>;
}

export interface ComputeDriftOptions {
  reference: DriftSource;
  current: DriftSource;
  config?: Partial<DriftConfig> | undefined;
  /** How the reference is named in the report (its path). */
  referenceLabel: string;
  currentLabel?: string;
  /** Where the drift settings were read, to name them in errors (default: the CLI options). */
  configSource?: { file: string; keyPath: string };
}

let staged = 0;

export async function computeDrift(sql: Sql, options: ComputeDriftOptions): Promise<DriftReport> {
  const config = {
    method: options.config?.method ?? "auto",
    threshold: options.config?.threshold,
    share: options.config?.share ?? 0.5,
    columns: options.config?.columns ?? {},
    ignore: options.config?.ignore ?? [],
  };
  const { compared, notCompared } = planColumns(options.reference, options.current, config);
  const columns: ColumnDrift[] = [];
  if (compared.length > 0) {
    const id = ++staged;
    const tables = { reference: `__slipway_drift_ref_${id}`, current: `__slipway_drift_cur_${id}` };
    try {
      const [referenceProfiles, currentProfiles] = [
        await stageSample(sql, stageOf(options.reference), tables.reference, compared),
        await stageSample(sql, stageOf(options.current), tables.current, compared),
      ];
      for (const column of compared) {
        const reference = profileOf(referenceProfiles, column);
        const current = profileOf(currentProfiles, column);
        if (reference.count === 0 || current.count === 0) {
          const side = reference.count === 0 ? "reference" : "current";
          notCompared.push({ column: column.name, reason: "empty", detail: `no values in the ${side} data` });
          continue;
        }
        columns.push(await compareColumn(sql, tables, column, { reference, current }, config, options));
      }
    } finally {
      for (const [side, table] of [
        [options.reference, tables.reference],
        [options.current, tables.current],
      ] as const) {
        await sql.run(`DROP ${stageOf(side).materialize ? "TABLE" : "VIEW"} IF EXISTS ${ident(table)}`);
      }
    }
  }
  const drifted = columns.filter((column) => column.drifted).length;
  const share = columns.length > 0 ? drifted / columns.length : 0;
  return {
    reference: options.referenceLabel,
    ...(options.currentLabel ? { current: options.currentLabel } : {}),
    drifted: columns.length > 0 && share >= config.share,
    share,
    threshold: config.share,
    columns,
    not_compared: notCompared,
  };
}

const stageOf = (source: DriftSource) => ({
  relation: source.relation,
  materialize: source.materialize ?? true,
});

type Settings = Pick<DriftConfig, "method" | "share" | "columns" | "ignore"> & {
  threshold?: number | undefined;
};
type PlannedColumn = StagedColumn & { plan: Extract<ColumnPlan, { compare: true }> };

function planColumns(reference: DriftSource, current: DriftSource, config: Settings) {
  const referenceTypes = new Map(reference.columns.map((c) => [c.name, c.type]));
  const currentTypes = new Map(current.columns.map((c) => [c.name, c.type]));
  const names = [...referenceTypes.keys(), ...[...currentTypes.keys()].filter((n) => !referenceTypes.has(n))];
  const ignored = new Set(config.ignore);
  const compared: PlannedColumn[] = [];
  const notCompared: NotComparedColumn[] = [];
  for (const name of names) {
    const referenceType = referenceTypes.get(name);
    const currentType = currentTypes.get(name);
    if (ignored.has(name)) {
      notCompared.push({ column: name, reason: "ignored", detail: "listed in drift.ignore" });
    } else if (currentType === undefined) {
      notCompared.push({
        column: name,
        reason: "only_in_reference",
        detail: "missing from the current data",
      });
    } else if (referenceType === undefined) {
      notCompared.push({
        column: name,
        reason: "only_in_current",
        detail: "missing from the reference data",
      });
    } else {
      const plan = planColumn(referenceType, currentType);
      if (plan.compare) compared.push({ name, alias: `c${compared.length}`, valueSql: plan.valueSql, plan });
      else notCompared.push({ column: name, reason: plan.reason, detail: plan.detail });
    }
  }
  for (const name of [...Object.keys(config.columns), ...config.ignore]) {
    if (!referenceTypes.has(name) && !currentTypes.has(name) && !notCompared.some((c) => c.column === name)) {
      notCompared.push({
        column: name,
        reason: "not_found",
        detail: "named in the drift settings, in neither dataset",
      });
    }
  }
  return { compared, notCompared };
}

async function compareColumn(
  sql: Sql,
  tables: SampleTables,
  column: PlannedColumn,
  profiles: { reference: ColumnProfile; current: ColumnProfile },
  config: Settings,
  options: ComputeDriftOptions,
): Promise<ColumnDrift> {
  const { reference, current } = profiles;
  const kind: ColumnKind =
    column.plan.valueSql === "VARCHAR" ||
    (column.plan.integer && reference.distinct <= INTEGER_CATEGORICAL_MAX_DISTINCT)
      ? "categorical"
      : "numeric";
  const distinctValues =
    reference.distinct <= FEW_VALUES_MAX && current.distinct <= FEW_VALUES_MAX
      ? await distinctInBoth(sql, tables, column.alias)
      : FEW_VALUES_MAX + 1;
  const own = config.columns[column.name];
  const choice = chooseTest({
    kind,
    referenceCount: reference.count,
    distinctValues,
    method: config.method,
    threshold: config.threshold,
    columnMethod: own?.method,
    columnThreshold: own?.threshold,
  });
  if (!choice.ok) {
    const source = options.configSource ?? { file: "drift settings", keyPath: "drift" };
    throw new ConfigError(
      source.file,
      `${source.keyPath}.columns.${column.name}.method`,
      `${choice.detail}.`,
    );
  }
  const measured = await measureColumn(sql, tables, column.alias, choice.test, kind, profiles);
  const notes = [
    choice.note,
    measured.note,
    options.reference.notes?.get(column.name),
    options.current.notes?.get(column.name),
  ].filter(Boolean);
  return {
    column: column.name,
    test: choice.test,
    statistic: measured.statistic,
    ...(measured.pValue !== undefined ? { p_value: measured.pValue } : {}),
    threshold: choice.threshold,
    drifted: isDrifted(choice.test, measured.statistic, measured.pValue, choice.threshold),
    kind,
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  };
}

async function distinctInBoth(sql: Sql, tables: SampleTables, alias: string): Promise<number> {
  const c = ident(alias);
  const [row] = await sql.all(
    `SELECT count(DISTINCT v) AS n FROM (SELECT ${c} AS v FROM ${ident(tables.reference)} UNION ALL SELECT ${c} FROM ${ident(tables.current)})`,
  );
  return Number(row?.n ?? 0);
}
