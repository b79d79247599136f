/**
 * Measures one configured dataset for a monitor run, where its data lives: a file through DuckDB
 * (validation and drift as `slipway validate-data` runs them), a PostgreSQL table inside the
 * database (checks pushed down). Returns the metrics and what failed.
 */
import type { MonitorMetric } from "../config/monitor-schema.js";
import type { DatasetConfig } from "../config/schema.js";
import type { PostgresSql } from "../data/dialect/open-postgres.js";
import { measureTableDrift } from "../data/drift/table-drift.js";
import { measureDrift } from "../data/measure-drift.js";
import { openDatasetView } from "../data/open-dataset.js";
import type { Sql } from "../data/sql.js";
import { ident } from "../data/sql.js";
import { validateDataset } from "../data/validate-dataset.js";
import { withPostgres } from "../data/validate-datasets.js";
import { type PostgresSource, relationOf, validateTable } from "../data/validate-table.js";
import type { DataReport, DriftReport } from "../report/types.js";
import { measureMetrics } from "./measure-metrics.js";
import type { DatasetMeasurement } from "./types.js";

export interface MeasureDatasetOptions {
  metrics: readonly MonitorMetric[];
  now: Date;
  previous: { at: string; rows: number | undefined } | null;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** DuckDB, for file datasets. */
  openDuckDB: () => Promise<Sql>;
}

export async function measureDataset(
  dataset: DatasetConfig,
  options: MeasureDatasetOptions,
): Promise<{ measurement: DatasetMeasurement; report: DataReport | null }> {
  const where = `data "${dataset.name}"`;
  // What this run checks against: the dataset's schema and reference, when checks and drift are measured.
  const schema = options.metrics.includes("checks") ? dataset.schema : undefined;
  const reference = options.metrics.includes("drift") ? dataset.reference : undefined;
  const source = dataset.source?.postgres;
  let metrics: Record<string, number>;
  let report: DataReport | null = null;
  let tableDrift: DriftReport | null = null;
  if (source) {
    ({ metrics, report, tableDrift } = await withPostgres(
      source["url-env"],
      options.env,
      where,
      async (sql) => {
        const relation = relationOf(source);
        const columns = (await sql.columns(relation)).map((column) => column.name);
        const measured = await measureMetrics(sql, { ...options, relation, columns, where });
        const validated =
          schema !== undefined
            ? await validateTable(sql, {
                name: dataset.name,
                source,
                schema,
                cwd: options.cwd,
                now: options.now,
              })
            : null;
        // Drift is summarised inside the database; DuckDB runs the tests on the summaries.
        const drift =
          reference !== undefined ? await driftOfTable(sql, dataset, source, reference, options) : null;
        return { metrics: measured, report: validated, tableDrift: drift };
      },
    ));
  } else {
    const path = dataset.path;
    if (path === undefined)
      throw new Error(`${where} has neither a source nor a path; the config schema requires one`);
    const sql = await options.openDuckDB();
    try {
      const view = await openDatasetView(sql, path, {
        cwd: options.cwd,
        typed: true,
        name: dataset.name,
      });
      // Custom metrics name the data `dataset`, whatever the file is called.
      await sql.run(`CREATE OR REPLACE TEMP VIEW dataset AS SELECT * FROM ${ident(view.view)}`);
      metrics = await measureMetrics(sql, {
        ...options,
        relation: ident(view.view),
        columns: view.columns.map((column) => column.name).filter((name) => name !== view.fileColumn),
        where,
      });
      if (schema !== undefined || reference !== undefined) {
        report = await validateDataset(
          sql,
          {
            name: dataset.name,
            path,
            ...(schema !== undefined ? { schema } : {}),
            ...(reference !== undefined ? { reference } : {}),
            ...(dataset.drift ? { drift: dataset.drift } : {}),
            cwd: options.cwd,
            now: options.now,
          },
          measureDrift,
        );
      }
    } finally {
      sql.close();
    }
  }
  const failedChecks: string[] = [];
  for (const check of report?.checks ?? []) {
    metrics[`check.${check.id}`] = check.unexpected_count;
    if (!check.success) failedChecks.push(check.id);
  }
  let drifted: boolean | null = null;
  const drift = tableDrift ?? report?.drift ?? null;
  if (report && tableDrift) report.drift = tableDrift;
  if (drift) {
    metrics.drift_share = drift.share;
    drifted = drift.drifted;
  }
  return { measurement: { metrics, failedChecks, drifted }, report };
}

async function driftOfTable(
  sql: PostgresSql,
  dataset: DatasetConfig,
  source: PostgresSource,
  reference: string,
  options: MeasureDatasetOptions,
): Promise<DriftReport> {
  const duck = await options.openDuckDB();
  try {
    return await measureTableDrift(duck, sql, {
      name: dataset.name,
      current: source,
      reference,
      cwd: options.cwd,
      config: dataset.drift,
    });
  } finally {
    duck.close();
  }
}
