/** The data part of a run: the datasets of the config, through resolveDataTargets + validateDatasets (as `slipway validate-data`). */
import type { LoadedConfig } from "../config/load-config.js";
import type { Sql } from "../data/sql.js";
import type { MeasureDrift } from "../data/validate-dataset.js";
import { resolveDataTargets, validateDatasets } from "../data/validate-datasets.js";
import { dataVerdict } from "../report/data-summary.js";
import { driftVerdict } from "../report/text/render-drift.js";
import type { DataReport } from "../report/types.js";

export interface DataPartOptions {
  loaded: LoadedConfig;
  now: Date;
  openSql: () => Promise<Sql>;
  measureDrift: MeasureDrift;
  onProgress: (line: string) => void;
}

export interface DataPartResult {
  reports: DataReport[];
  /** By each dataset's fail-on. */
  passed: boolean;
  summary: string;
}

export async function runDataPart(options: DataPartOptions): Promise<DataPartResult> {
  const { loaded } = options;
  const { targets, cwd } = resolveDataTargets({ cwd: loaded.root, config: loaded.file });
  const sql = await options.openSql();
  try {
    const { reports, passed } = await validateDatasets(sql, targets, {
      cwd,
      now: options.now,
      measureDrift: options.measureDrift,
      onProgress: options.onProgress,
    });
    return { reports, passed, summary: reports.map(dataSummary).join("; ") };
  } finally {
    sql.close();
  }
}

function dataSummary(data: DataReport): string {
  return `${data.dataset}: ${dataVerdict(data)}${data.drift ? `; ${driftVerdict(data.drift)}` : ""}`;
}
