/**
 * The datasets one run validates — given on the command line / as action inputs, or taken from
 * .github/slipway.yml — and their validation with each one's fail-on policy. Shared by the CLI,
 * the validate-data action and `slipway run`.
 */
import { loadConfig } from "../config/load-config.js";
import type { DatasetConfig } from "../config/schema.js";
import { ConfigError } from "../errors.js";
import type { DataReport } from "../report/types.js";
import { dataPassed, type FailOn } from "./data-passed.js";
import { openPostgres, type PostgresSql } from "./dialect/open-postgres.js";
import { measureTableDrift } from "./drift/table-drift.js";
import { openDuckDB } from "./duckdb.js";
import { measureDrift } from "./measure-drift.js";
import type { DialectInput, Encoding } from "./read/dialect.js";
import type { Sql } from "./sql.js";
import { type MeasureDrift, validateDataset } from "./validate-dataset.js";
import { sourceLabel, validateTable } from "./validate-table.js";

export interface DataTargetsInput {
  data?: string;
  schema?: string;
  reference?: string;
  name?: string;
  /** Only this dataset of the config. */
  dataset?: string;
  failOn?: FailOn;
  config?: string;
  /** How --data is read (CLI flags), as far as stated. */
  dialect?: DialectInput;
  encoding?: Encoding;
  cwd: string;
}

export interface DataTargets {
  targets: DatasetConfig[];
  /** Every dataset of the config (foreign keys may name one that is not validated in this run). */
  datasets?: DatasetConfig[];
  /** Where relative paths start: the current folder, or the repository root for config datasets. */
  cwd: string;
}

export function resolveDataTargets(input: DataTargetsInput): DataTargets {
  if (input.data) {
    return {
      cwd: input.cwd,
      targets: [
        {
          name: input.name ?? input.data,
          path: input.data,
          ...(input.schema ? { schema: input.schema } : {}),
          ...(input.reference ? { reference: input.reference } : {}),
          ...(input.dialect && Object.keys(input.dialect).length > 0 ? { dialect: input.dialect } : {}),
          ...(input.encoding ? { encoding: input.encoding } : {}),
          "fail-on": input.failOn ?? "error",
        },
      ],
    };
  }
  if (input.schema || input.reference) {
    throw new ConfigError(
      "(arguments)",
      "schema/reference",
      "go with data; without data the datasets come from the config.",
    );
  }
  const loaded = loadConfig({ cwd: input.cwd, ...(input.config ? { path: input.config } : {}) });
  const all = loaded.config.data;
  const targets = input.dataset ? all.filter((d) => d.name === input.dataset) : all;
  if (targets.length === 0) {
    const known = all.map((d) => d.name).join(", ") || "none";
    throw new ConfigError(
      loaded.file,
      "data",
      input.dataset
        ? `has no dataset "${input.dataset}" (datasets: ${known}).`
        : "lists no datasets; add one or pass the data path.",
    );
  }
  return { targets, datasets: all, cwd: loaded.root };
}

export interface ValidateDatasetsOptions {
  cwd: string;
  now: Date;
  /** Overrides every dataset's own fail-on. */
  failOn?: FailOn;
  measureDrift?: MeasureDrift;
  onProgress?: (message: string) => void;
  /** The config's datasets, which foreign keys may reference by name (defaults to the targets). */
  datasets?: readonly DatasetConfig[];
  /** Where database URLs are read from (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export async function validateDatasets(
  sql: Sql,
  targets: readonly DatasetConfig[],
  options: ValidateDatasetsOptions,
): Promise<{ reports: DataReport[]; passed: boolean }> {
  const reports: DataReport[] = [];
  let passed = true;
  for (const target of targets) {
    const source = target.source?.postgres;
    options.onProgress?.(`validating ${target.name} (${source ? sourceLabel(source) : target.path})`);
    const report = source
      ? await withPostgres(source["url-env"], options.env, `data "${target.name}"`, async (pgSql) => {
          const table = await validateTable(pgSql, {
            name: target.name,
            source,
            ...(target.schema ? { schema: target.schema } : {}),
            cwd: options.cwd,
            now: options.now,
          });
          // Drift of a table is summarised inside its database (drift/table-drift.ts).
          if (target.reference) {
            table.drift = await measureTableDrift(sql, pgSql, {
              name: target.name,
              current: source,
              reference: target.reference,
              cwd: options.cwd,
              config: target.drift,
            });
          }
          return table;
        })
      : await validateDataset(
          sql,
          {
            name: target.name,
            path: filePath(target),
            ...(target.schema ? { schema: target.schema } : {}),
            ...(target.reference ? { reference: target.reference } : {}),
            ...(target.drift ? { drift: target.drift } : {}),
            ...(target.dialect ? { dialect: target.dialect as DialectInput } : {}),
            ...(target.encoding ? { encoding: target.encoding } : {}),
            cwd: options.cwd,
            now: options.now,
            datasets: (options.datasets ?? targets).flatMap((dataset) =>
              dataset.path
                ? [
                    {
                      name: dataset.name,
                      path: dataset.path,
                      ...(dataset.schema ? { schema: dataset.schema } : {}),
                      // A referenced dataset is read as its own config entry says.
                      read: {
                        ...(dataset.dialect ? { dialect: dataset.dialect as DialectInput } : {}),
                        ...(dataset.encoding ? { encoding: dataset.encoding } : {}),
                      },
                    },
                  ]
                : [],
            ),
          },
          options.measureDrift,
        );
    reports.push(report);
    passed &&= dataPassed(report, options.failOn ?? target["fail-on"]);
  }
  return { reports, passed };
}

/** The path of a dataset that has no database source: the config's schema requires one of the two. */
function filePath(target: DatasetConfig): string {
  if (target.path === undefined) throw new Error(`data "${target.name}" has neither a path nor a source`);
  return target.path;
}

/** Opens the database a table dataset lives in for one piece of work, and always closes it. */
export async function withPostgres<T>(
  urlEnv: string,
  env: NodeJS.ProcessEnv | undefined,
  where: string,
  work: (sql: PostgresSql) => Promise<T>,
): Promise<T> {
  const sql = await openPostgres(urlEnv, env ?? process.env, where);
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

/**
 * What every adapter does (CLI, action, `slipway run`): resolve the datasets, open DuckDB, validate
 * them all with drift measured the way `slipway drift` does, and close DuckDB again.
 */
export async function validateData(
  input: DataTargetsInput,
  options: Omit<ValidateDatasetsOptions, "cwd" | "measureDrift">,
): Promise<{ reports: DataReport[]; passed: boolean; cwd: string }> {
  const { targets, datasets, cwd } = resolveDataTargets(input);
  const sql = await openDuckDB();
  try {
    const all = datasets ? { datasets } : {};
    return { ...(await validateDatasets(sql, targets, { ...options, ...all, cwd, measureDrift })), cwd };
  } finally {
    sql.close();
  }
}
