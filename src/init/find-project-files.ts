/**
 * What a data-science repository holds, found from its file list and the files that describe it:
 * dvc.yaml and .dvc/config, an MLflow MLproject, a CML workflow, notebooks, else train/evaluate
 * scripts — how the model is trained and evaluated (the exact command), its metrics, params and
 * plots files, requirements, tests, data files (never what a pipeline writes), saved models, a
 * sample input, the Python version and what git ignores. Pure: the files and a reader come in.
 */
import { executeCommand, findNotebooks, metricsFilesNamedIn } from "./find-notebooks.js";
import { findRequirements } from "./find-requirements.js";
import { gitIgnored, type IsIgnored } from "./git-ignored.js";
import { DATA_FILE, type FoundDataset, groupDatasets } from "./group-datasets.js";
import { readCmlWorkflow } from "./read-cml-workflow.js";
import { type DvcRemote, isUnder, readDvcProject } from "./read-dvc-project.js";
import { readMlProject } from "./read-mlproject.js";

export interface ProjectFiles {
  /** Datasets: one file, or a glob for a folder of many files of one format. */
  datasets: FoundDataset[];
  metrics: string[];
  params: string[];
  /** Plots files (dvc.yaml's): written by the pipeline, never datasets. */
  plots: string[];
  /** The requirements file of the model's commands (tests, evaluation, dev container). */
  requirements?: string;
  /** requirements-serve.txt (or similar), for the image; else `requirements`. */
  serveRequirements?: string;
  hasTests: boolean;
  /** How the model is trained and evaluated, exactly as this project runs it, and what says so. */
  evaluate?: { command: string; from: string };
  /** Notebooks the evaluate command executes (their executed copies are scratch). */
  notebooks: string[];
  /** Model artifacts (.joblib, .pkl, .pickle), models/ first. */
  models: string[];
  sample?: string;
  dockerfile?: string;
  python?: string;
  /** The branch HEAD names (from .git/HEAD), for the workflow's push trigger. */
  defaultBranch?: string;
  /** DVC in CI: installed when its commands run; `dvc pull` of the tracked data when a remote is set. */
  dvc: { install: boolean; pull: { targets: string[]; remote: DvcRemote } | null } | null;
  /** A dev container definition the team has (`.devcontainer.json` or `.devcontainer/devcontainer.json`). */
  devcontainer?: string;
  isIgnored: IsIgnored;
  /** Things worth telling the person (skipped files, guesses). */
  notes: string[];
}

/** Folders never searched: tools, environments, outputs, and where generated or test files live. */
export const SKIPPED_DIRS = new Set([
  ".git",
  ".github",
  ".devcontainer",
  ".dvc",
  ".venv",
  "venv",
  "env",
  ".env",
  "node_modules",
  "__pycache__",
  ".tox",
  ".nox",
  ".pytest_cache",
  ".mypy_cache",
  ".ruff_cache",
  ".ipynb_checkpoints",
  "site-packages",
  "dist",
  "build",
  "mlruns",
  "wandb",
  "dvclive",
  "reports",
  ".slipway-cache",
]);

const MODEL = /\.(joblib|pkl|pickle)$/i;
const TEST_DIRS = /^(tests?|testing)\//;
const METRICS_FILE = /(^|[-_.])metrics?\.(json|ya?ml|toml)$/i;
const PARAMS_FILE = /(^|[-_.])params\.(json|ya?ml|toml)$/i;
/** .txt is data only in a data folder (numpy.savetxt output); elsewhere it is notes and lists. */
const DATA_FOLDER = /(^|\/)(data|datasets?|raw|processed|inputs?)\//i;
const MAX_DATASETS = 20;

export function findProjectFiles(
  files: readonly string[],
  read: (path: string) => string | null,
): ProjectFiles {
  const notes: string[] = [];
  const sorted = [...files].sort();
  const has = (path: string) => sorted.includes(path);
  const base = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  const isIgnored = gitIgnored(sorted, read);
  const dvc = readDvcProject(sorted, read);
  const ml = readMlProject(read);
  const cml = readCmlWorkflow(sorted, read);
  const notebookRun = findNotebooks(sorted, read);
  const script = (name: string) => [`${name}.py`, `src/${name}.py`, `scripts/${name}.py`].find(has);
  const scripts = [script("train"), script("evaluate")].filter((s): s is string => s !== undefined);

  let evaluate: ProjectFiles["evaluate"];
  let notebooks: string[] = [];
  if (dvc?.commands === null)
    evaluate = { command: "dvc repro", from: "dvc.yaml (templated stages: DVC runs them)" };
  else if (dvc && dvc.commands.length > 0)
    evaluate = {
      command: dvc.commands.join(" && "),
      from: "dvc.yaml's stages, in the order `dvc repro` runs them",
    };
  else if (ml?.command)
    evaluate = { command: ml.command, from: "MLproject's entry point, with its defaults" };
  else if (cml) evaluate = { command: cml.commands.join(" && "), from: `the commands of ${cml.file}` };
  else if (scripts.length > 0)
    evaluate = { command: scripts.map((s) => `python ${s}`).join(" && "), from: scripts.join(" and ") };
  else if (notebookRun.notebooks.length > 0) {
    notebooks = notebookRun.notebooks;
    evaluate = {
      command: executeCommand(notebooks),
      from: `the notebook${notebooks.length > 1 ? "s" : ""} ${notebooks.join(", ")}`,
    };
  }
  if (ml && !ml.command && ml.missing.length > 0)
    notes.push(
      `MLproject: the parameters ${ml.missing.join(", ")} have no default, so its command is not drafted; add model.evaluate by hand.`,
    );

  const pipelineOutputs = dvc?.outputs ?? [];
  const plots = dvc?.plots ?? [];
  const written = (path: string) => pipelineOutputs.some((out) => isUnder(path, out));
  // The metrics files the evaluated scripts write, named in their code (not there until they run);
  // dvc.yaml names its own.
  const scriptMetrics = (dvc?.commands ? [] : (evaluate?.command.match(/[\w./-]+\.py\b/g) ?? []))
    .filter(has)
    .flatMap((script) => metricsFilesNamedIn(read(script) ?? "", script));
  const metrics = unique([
    ...(dvc?.metrics ?? []),
    ...(notebooks.length > 0 ? notebookRun.metrics : []),
    ...scriptMetrics,
    ...sorted.filter((p) => METRICS_FILE.test(base(p)) && !TEST_DIRS.test(p) && !plots.includes(p)),
  ]);
  const params = unique([
    ...(dvc?.params ?? []).filter((path) => has(path) || path === "params.yaml"),
    ...sorted.filter((p) => PARAMS_FILE.test(base(p)) && !TEST_DIRS.test(p)),
  ]).filter((path) => has(path));
  const requirements = findRequirements(sorted, {
    named: [...(dvc?.deps ?? []), ml?.requirements, cml?.requirements],
    commands: evaluate ? [evaluate.command] : [],
  });
  const hasTests =
    sorted.some((p) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(p)) ||
    sorted.some((p) => ["pytest.ini", "conftest.py"].includes(p));
  const models = sorted
    .filter((p) => MODEL.test(p) && !TEST_DIRS.test(p))
    .sort(
      (a, b) => Number(!a.startsWith("models/")) - Number(!b.startsWith("models/")) || a.localeCompare(b),
    );
  const head = read(".git/HEAD");
  const defaultBranch = head ? /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim() : undefined;

  const candidates = sorted.filter(
    (p) =>
      DATA_FILE.test(p) &&
      (!/\.txt(\.gz)?$/i.test(p) || DATA_FOLDER.test(p)) &&
      !TEST_DIRS.test(p) &&
      !/predictions?/i.test(base(p)) &&
      !written(p) &&
      !plots.includes(p) &&
      !metrics.includes(p),
  );
  const tracked = dvc?.tracked ?? [];
  const dvcTracked = (path: string) => tracked.some((t) => isUnder(path, t.path));
  const reachable = candidates.filter((path) => {
    if (!isIgnored(path) || dvcTracked(path)) return true;
    notes.push(
      `${path} is ignored by git and not tracked by DVC, so CI would not have it: not configured. Commit it or track it with DVC, then run slipway init again.`,
    );
    return false;
  });
  const datasets = groupDatasets(reachable);
  if (datasets.length > MAX_DATASETS) {
    notes.push(
      `${datasets.length} datasets found; the first ${MAX_DATASETS} are configured, add the others by hand.`,
    );
    datasets.length = MAX_DATASETS;
  }
  for (const { path } of tracked) {
    if (!has(path) && !sorted.some((p) => isUnder(p, path)))
      notes.push(`${path} is tracked by DVC but not here: run \`dvc pull\`, then slipway init again.`);
  }
  return {
    datasets,
    metrics,
    params,
    plots,
    ...requirements,
    hasTests,
    ...opt("evaluate", evaluate),
    notebooks,
    models,
    ...opt(
      "sample",
      sorted.find((p) => /sample[^/]*\.json$/i.test(base(p))),
    ),
    ...opt(
      "dockerfile",
      sorted.find((p) => p === "Dockerfile"),
    ),
    ...opt("python", pythonVersion(read) ?? ml?.python),
    ...opt("defaultBranch", defaultBranch),
    dvc: dvc ? dvcInCi(dvc.commands === null, dvc.remote, tracked, datasets, notes) : null,
    ...opt(
      "devcontainer",
      [".devcontainer.json", ".devcontainer/devcontainer.json"].find((p) => read(p) !== null),
    ),
    isIgnored,
    notes,
  };
}

/** DVC runs in CI when its commands do, and pulls the tracked data the datasets need from the remote. */
function dvcInCi(
  runsDvc: boolean,
  remote: DvcRemote | null,
  tracked: { path: string; file: string }[],
  datasets: FoundDataset[],
  notes: string[],
): NonNullable<ProjectFiles["dvc"]> {
  if (!remote || tracked.length === 0) return { install: runsDvc, pull: null };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote.url) || remote.url.startsWith("file://")) {
    notes.push(
      `DVC's remote "${remote.name}" is a folder on this machine (${remote.url}): CI cannot pull from it. Point it at shared storage, then run slipway init again.`,
    );
    return { install: runsDvc, pull: null };
  }
  const needed = tracked.filter((t) =>
    datasets.some((d) => isUnder(d.path, t.path) || isUnder(d.reference ?? "", t.path)),
  );
  return {
    install: true,
    pull: { targets: (needed.length > 0 ? needed : tracked).map((t) => t.file), remote },
  };
}

function pythonVersion(read: (path: string) => string | null): string | undefined {
  const pinned = read(".python-version")?.trim().split("\n")[0]?.trim();
  const runtime = /python-(\d+\.\d+)/.exec(read("runtime.txt") ?? "")?.[1];
  const requires = /requires-python\s*=\s*["'][^"'\d]*(\d+\.\d+)/.exec(read("pyproject.toml") ?? "")?.[1];
  const version = pinned ?? runtime ?? requires;
  return version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
