/**
 * What `slipway drift` compares: two files given on the command line, one dataset of
 * .github/slipway.yml (its `reference:` against its `path:`, with its `drift:` settings), or every
 * dataset there that has a reference. Method, threshold and share given as options override the
 * config, and each override is said, as release-drafter logs input overrides.
 */
import { loadConfig } from "../../config/load-config.js";
import type { DriftConfig, DriftTestName } from "../../config/schema.js";
import { ConfigError } from "../../errors.js";
import type { DriftReport } from "../../report/types.js";
import { openPostgres } from "../dialect/open-postgres.js";
import { openDataset } from "../open-dataset.js";
import type { DialectInput, Encoding } from "../read/dialect.js";
import type { Sql } from "../sql.js";
import { type PostgresSource, sourceLabel } from "../validate-table.js";
import { computeDrift } from "./compute-drift.js";
import { measureTableDrift } from "./table-drift.js";

export interface DriftOverrides {
  method?: DriftTestName;
  threshold?: number;
  share?: number;
}

export interface DriftTargetsInput extends DriftOverrides {
  reference?: string;
  current?: string;
  dataset?: string;
  /** --config: the config file; else .github/slipway.yml looked for upwards from cwd. */
  config?: string;
  /** How text files are read (CLI flags); a config dataset's own dialect applies otherwise. */
  read?: ReadOptions;
  cwd: string;
}

/** The stated part of a text file's dialect and its encoding (the rest is detected). */
export interface ReadOptions {
  dialect?: DialectInput;
  encoding?: Encoding;
}

export interface DriftTarget {
  /** The dataset's name when it comes from the config. */
  dataset: string | null;
  /** Paths as given (shown in reports and errors) and the folder they are relative to. */
  reference: DriftSide;
  current: DriftSide;
  settings: Partial<DriftConfig>;
  configSource?: { file: string; keyPath: string };
  /** The current data is this PostgreSQL table or query (then `current.path` is its label). */
  table?: PostgresSource;
}

export interface DriftSide {
  path: string;
  cwd: string;
  /** How a text file is read, as far as stated; both sides of a dataset are read alike. */
  read?: ReadOptions;
}

export interface DriftTargets {
  targets: DriftTarget[];
  /** Overrides of config settings, one sentence each. */
  notices: string[];
}

const ARGUMENTS = "(arguments)";

export function resolveDriftTargets(input: DriftTargetsInput): DriftTargets {
  const overrides: DriftOverrides = {
    ...(input.method !== undefined ? { method: input.method } : {}),
    ...(input.threshold !== undefined ? { threshold: input.threshold } : {}),
    ...(input.share !== undefined ? { share: input.share } : {}),
  };
  const fromCwd = (path: string): DriftSide => ({
    path,
    cwd: input.cwd,
    ...(input.read ? { read: input.read } : {}),
  });
  if (!input.dataset && (input.reference || input.current)) {
    if (!input.reference || !input.current) {
      throw new ConfigError(
        ARGUMENTS,
        "reference/current",
        "go together: give both files, or --dataset NAME to take them from .github/slipway.yml.",
      );
    }
    const target = {
      dataset: null,
      reference: fromCwd(input.reference),
      current: fromCwd(input.current),
      settings: overrides,
    };
    return { targets: [target], notices: [] };
  }

  const loaded = loadConfig({ cwd: input.cwd, ...(input.config ? { path: input.config } : {}) });
  const datasets = loaded.config.data.map((dataset, index) => ({ dataset, index }));
  const fromRoot = (path: string, read?: ReadOptions): DriftSide => ({
    path,
    cwd: loaded.root,
    ...(read ? { read } : {}),
  });
  let chosen = datasets;
  if (input.dataset) {
    chosen = datasets.filter(({ dataset }) => dataset.name === input.dataset);
    if (chosen.length === 0) {
      const known = datasets.map(({ dataset }) => dataset.name).join(", ") || "none";
      throw new ConfigError(loaded.file, "data", `has no dataset "${input.dataset}" (datasets: ${known}).`);
    }
  } else {
    chosen = datasets.filter(({ dataset }) => dataset.reference);
    if (chosen.length === 0) {
      throw new ConfigError(
        loaded.file,
        "data",
        "no dataset has a reference to compare with. Add reference: to one, or pass --reference and --current.",
      );
    }
  }

  const notices: string[] = [];
  const targets = chosen.map(({ dataset, index }): DriftTarget => {
    const keyPath = `data[${index}]`;
    const referenceLabel = input.reference ?? dataset.reference;
    if (!referenceLabel) {
      throw new ConfigError(
        loaded.file,
        `${keyPath}.reference`,
        `is not set, so dataset "${dataset.name}" has nothing to compare with. Add it, or pass --reference.`,
      );
    }
    // A table dataset is measured inside its database (table-drift.ts), unless --current names a file.
    const table = !dataset.path && !input.current ? dataset.source?.postgres : undefined;
    const own = dataset.drift ?? {};
    for (const [key, value] of Object.entries(overrides)) {
      const configured = (own as Record<string, unknown>)[key];
      if (configured !== undefined && configured !== value) {
        notices.push(
          `--${key} ${value} overrides ${keyPath}.drift.${key} (${configured}) for dataset "${dataset.name}".`,
        );
      }
    }
    const read: ReadOptions | undefined =
      input.read ??
      (dataset.dialect || dataset.encoding
        ? {
            ...(dataset.dialect ? { dialect: dataset.dialect as DialectInput } : {}),
            ...(dataset.encoding ? { encoding: dataset.encoding } : {}),
          }
        : undefined);
    let current: DriftSide;
    if (input.current) current = fromCwd(input.current);
    else if (table) current = { path: sourceLabel(table), cwd: loaded.root };
    else if (dataset.path) current = fromRoot(dataset.path, read);
    else throw new Error(`${keyPath} ("${dataset.name}") has neither a path nor a source`);
    return {
      dataset: dataset.name,
      reference: input.reference ? fromCwd(input.reference) : fromRoot(referenceLabel, read),
      current,
      ...(table ? { table } : {}),
      settings: { ...own, ...overrides },
      configSource: { file: loaded.file, keyPath: `${keyPath}.drift` },
    };
  });
  return { targets, notices };
}

export interface DriftRun {
  dataset: string | null;
  report: DriftReport;
  /** Rows DuckDB could not read and that drift therefore left out, one sentence per file. */
  notices: string[];
}

/** Opens each target's two datasets with DuckDB's detected types and measures drift between them. */
export async function runDriftTargets(
  sql: Sql,
  targets: readonly DriftTarget[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<DriftRun[]> {
  const runs: DriftRun[] = [];
  for (const target of targets) {
    const table = target.table;
    if (table) {
      const where = `data "${target.dataset}"`;
      const remote = await openPostgres(table["url-env"], env, where);
      try {
        const report = await measureTableDrift(sql, remote, {
          name: target.dataset ?? "current",
          current: table,
          reference: target.reference.path,
          cwd: target.reference.cwd,
          config: target.settings,
          ...(target.configSource ? { configSource: target.configSource } : {}),
        });
        runs.push({ dataset: target.dataset, report, notices: [] });
      } finally {
        await remote.end();
      }
      continue;
    }
    const open = (side: DriftSide, name: string) =>
      openDataset(sql, side.path, {
        cwd: side.cwd,
        name,
        typed: true,
        ...(side.read?.dialect ? { dialect: side.read.dialect } : {}),
        ...(side.read?.encoding ? { encoding: side.read.encoding } : {}),
      });
    const reference = await open(target.reference, "reference");
    const current = await open(target.current, "current");
    const notices = [reference, current].flatMap((dataset) => {
      const [first] = dataset.rejects;
      return first
        ? [
            `${dataset.path}: ${dataset.rejects.length} rows could not be read and were left out of drift (first: line ${first.line}, ${first.message}).`,
          ]
        : [];
    });
    const report = await computeDrift(sql, {
      // Parquet is read fast in place; CSV and JSON are copied once rather than parsed per query.
      reference: {
        relation: reference.view,
        columns: reference.columns,
        rows: reference.rows,
        materialize: reference.format !== "parquet",
      },
      current: {
        relation: current.view,
        columns: current.columns,
        rows: current.rows,
        materialize: current.format !== "parquet",
      },
      config: target.settings,
      referenceLabel: target.reference.path,
      currentLabel: target.current.path,
      ...(target.configSource ? { configSource: target.configSource } : {}),
    });
    runs.push({ dataset: target.dataset, report, notices });
  }
  return runs;
}
