/**
 * Measures one configured dataset for a monitor run, where its data lives: a file through DuckDB
 * (validation and drift as `slipway validate-data` runs them), a PostgreSQL table inside the
 * database (checks pushed down). Returns the metrics and what failed.
 */
import type { MonitorMetric } from "../config/monitor-schema.js";
import type { DatasetConfig } from "../config/schema.js";
import { measureDrift } from "../data/measure-drift.js";
import { openDatasetView } from "../data/open-dataset.js";
import type { Sql } from "../data/sql.js";
import { ident } from "../data/sql.js";
import { validateDataset } from "../data/validate-dataset.js";
import { withPostgres } from "../data/validate-datasets.js";
import { relationOf, validateTable } from "../data/validate-table.js";
import { InputError } from "../errors.js";
import type { DataReport } from "../report/types.js";
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
  const wantsChecks = options.metrics.includes("checks") && dataset.schema !== undefined;
  const wantsDrift = options.metrics.includes("drift") && dataset.reference !== undefined;
  const source = dataset.source?.postgres;
  if (source && wantsDrift) {
    // Drift statistics are DuckDB SQL over samples; not compiled for PostgreSQL yet (docs/sql-dialects.md).
    throw new InputError(
      where,
      "drift is measured on files for now, and this dataset is a table: drop drift from monitor.metrics or its reference.",
    );
  }
  let metrics: Record<string, number>;
  let report: DataReport | null = null;
  if (source) {
    ({ metrics, report } = await withPostgres(source["url-env"], options.env, where, async (sql) => {
      const relation = relationOf(source);
      const columns = (await sql.columns(relation)).map((column) => column.name);
      const measured = await measureMetrics(sql, { ...options, relation, columns, where });
      const validated = wantsChecks
        ? await validateTable(sql, {
            name: dataset.name,
            source,
            schema: dataset.schema!,
            cwd: options.cwd,
            now: options.now,
          })
        : null;
      return { metrics: measured, report: validated };
    }));
  } else {
    const sql = await options.openDuckDB();
    try {
      const view = await openDatasetView(sql, dataset.path!, {
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
      if (wantsChecks || wantsDrift) {
        report = await validateDataset(
          sql,
          {
            name: dataset.name,
            path: dataset.path!,
            ...(wantsChecks ? { schema: dataset.schema! } : {}),
            ...(wantsDrift ? { reference: dataset.reference! } : {}),
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
  if (report?.drift) {
    metrics.drift_share = report.drift.share;
    drifted = report.drift.drifted;
  }
  return { measurement: { metrics, failedChecks, drifted }, report };
}
