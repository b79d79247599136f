/**
 * What a data-science repository holds, found from its file list: data files, metrics and params
 * files (by DVC's conventions, and dvc.yaml when there is one), requirements, tests, the train and
 * evaluate scripts, model artifacts, a sample input and the Python version. Pure: the files and a
 * reader come in.
 */
import { parse } from "yaml";

export interface ProjectFiles {
  /** Datasets: one file, or a glob for a folder of many files of one format. */
  datasets: { name: string; path: string; reference?: string; schema?: string }[];
  metrics: string[];
  params: string[];
  /** requirements.txt (or the first requirements*.txt), for the tests and the dev container. */
  requirements?: string;
  /** requirements-serve.txt (or similar), for the image; else `requirements`. */
  serveRequirements?: string;
  hasTests: boolean;
  scripts: { train?: string; evaluate?: string };
  /** Model artifacts (.joblib, .pkl, .pickle), models/ first. */
  models: string[];
  sample?: string;
  dockerfile?: string;
  python?: string;
  /** The branch HEAD names (from .git/HEAD), for the workflow's push trigger. */
  defaultBranch?: string;
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
  "reports",
  ".slipway-cache",
]);

const DATA = /\.(csv|tsv|parquet|jsonl|ndjson)(\.gz)?$/i;
const MODEL = /\.(joblib|pkl|pickle)$/i;
const TEST_DIRS = /^(tests?|testing)\//;
/** A folder with more files of one format than this becomes one dataset with a glob. */
const GLOB_OVER = 5;
const MAX_DATASETS = 20;

export function findProjectFiles(
  files: readonly string[],
  read: (path: string) => string | null,
): ProjectFiles {
  const notes: string[] = [];
  const sorted = [...files].sort();
  const base = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  const dvc = dvcFiles(read("dvc.yaml"));

  const metrics = unique([
    ...dvc.metrics.filter((path) => sorted.includes(path)),
    ...sorted.filter((p) => /(^|[-_.])metrics?\.(json|ya?ml|toml)$/i.test(base(p)) && !TEST_DIRS.test(p)),
  ]);
  const params = unique([
    ...dvc.params.filter((path) => sorted.includes(path)),
    ...sorted.filter((p) => /(^|[-_.])params\.(json|ya?ml|toml)$/i.test(base(p)) && !TEST_DIRS.test(p)),
  ]);
  const requirementFiles = sorted.filter((p) => !p.includes("/") && /^requirements.*\.txt$/i.test(p));
  const requirements = requirementFiles.find((p) => p === "requirements.txt") ?? requirementFiles[0];
  const serveRequirements = requirementFiles.find((p) => /serv|prod|deploy|infer/i.test(p)) ?? requirements;
  const hasTests =
    sorted.some((p) => /(^|\/)(test_[^/]*|[^/]*_test)\.py$/.test(p)) ||
    sorted.some((p) => ["pytest.ini", "conftest.py"].includes(p));
  const script = (name: string) =>
    [`${name}.py`, `src/${name}.py`, `scripts/${name}.py`].find((p) => sorted.includes(p));
  const models = sorted
    .filter((p) => MODEL.test(p) && !TEST_DIRS.test(p))
    .sort(
      (a, b) => Number(!a.startsWith("models/")) - Number(!b.startsWith("models/")) || a.localeCompare(b),
    );
  const sample = sorted.find((p) => /sample[^/]*\.json$/i.test(base(p)));
  const dockerfile = sorted.find((p) => p === "Dockerfile");
  const python = pythonVersion(read);
  const head = read(".git/HEAD");
  const defaultBranch = head ? /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim() : undefined;

  const dataFiles = sorted.filter(
    (p) => DATA.test(p) && !TEST_DIRS.test(p) && !/predictions?/i.test(base(p)),
  );
  const datasets = groupDatasets(dataFiles);
  if (datasets.length > MAX_DATASETS) {
    notes.push(
      `${datasets.length} datasets found; the first ${MAX_DATASETS} are configured, add the others by hand.`,
    );
    datasets.length = MAX_DATASETS;
  }
  for (const path of sorted.filter((p) => p.endsWith(".dvc") && DATA.test(p.slice(0, -4)))) {
    if (!sorted.includes(path.slice(0, -4)))
      notes.push(
        `${path.slice(0, -4)} is tracked by DVC but not here: run \`dvc pull\`, then slipway init again.`,
      );
  }
  return {
    datasets,
    metrics,
    params,
    ...(requirements ? { requirements } : {}),
    ...(serveRequirements ? { serveRequirements } : {}),
    hasTests,
    scripts: { ...opt("train", script("train")), ...opt("evaluate", script("evaluate")) },
    models,
    ...opt("sample", sample),
    ...opt("dockerfile", dockerfile),
    ...opt("python", python),
    ...opt("defaultBranch", defaultBranch),
    notes,
  };
}

/**
 * One dataset per file; a folder with many files of one format is one dataset read as a glob; a
 * file named like "reference" beside exactly one other dataset is that dataset's drift reference.
 */
function groupDatasets(files: string[]): ProjectFiles["datasets"] {
  const byFolderAndFormat = new Map<string, string[]>();
  for (const file of files) {
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    const format = DATA.exec(file)![0].toLowerCase();
    const key = `${folder}\u0000${format}`;
    byFolderAndFormat.set(key, [...(byFolderAndFormat.get(key) ?? []), file]);
  }
  const datasets: (ProjectFiles["datasets"][number] & { folder: string; isReference: boolean })[] = [];
  for (const [key, group] of byFolderAndFormat) {
    const [folder, format] = key.split("\u0000") as [string, string];
    if (group.length > GLOB_OVER) {
      const name = folder ? folder.slice(folder.lastIndexOf("/") + 1) : "data";
      datasets.push({ name, path: `${folder ? `${folder}/` : ""}*${format}`, folder, isReference: false });
      continue;
    }
    for (const path of group) {
      const stem = path.slice(path.lastIndexOf("/") + 1).replace(DATA, "");
      datasets.push({ name: stem, path, folder, isReference: /(^|[-_])ref(erence)?([-_]|$)/i.test(stem) });
    }
  }
  const out: ProjectFiles["datasets"] = [];
  for (const dataset of datasets.filter((d) => !d.isReference)) {
    out.push({ name: dataset.name, path: dataset.path });
  }
  for (const reference of datasets.filter((d) => d.isReference)) {
    const siblings = out.filter((d) => folderOf(d.path) === reference.folder);
    if (siblings.length === 1) siblings[0]!.reference = reference.path;
    else out.push({ name: reference.name, path: reference.path });
  }
  // Names are unique in a config: prefix the folder when two files share a stem.
  const clashing = new Set(
    out.filter((d, i) => out.findIndex((o) => o.name === d.name) !== i).map((d) => d.name),
  );
  for (const dataset of out.filter((d) => clashing.has(d.name))) {
    dataset.name = dataset.path.replace(DATA, "").replace(/[/*]+/g, "-").replace(/^-|-$/g, "");
  }
  return out;
}

function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

/** The metrics and params files a dvc.yaml names (stage metrics, and params files other than the default). */
function dvcFiles(text: string | null): { metrics: string[]; params: string[] } {
  if (!text) return { metrics: [], params: [] };
  let doc: { stages?: Record<string, { metrics?: unknown[]; params?: unknown[] }> };
  try {
    doc = parse(text) ?? {};
  } catch {
    return { metrics: [], params: [] };
  }
  const metrics: string[] = [];
  const params: string[] = [];
  for (const stage of Object.values(doc.stages ?? {})) {
    for (const entry of stage?.metrics ?? []) metrics.push(...entryPaths(entry));
    for (const entry of stage?.params ?? []) {
      // A bare key names a parameter of params.yaml; a mapping names its file.
      if (typeof entry === "string") params.push("params.yaml");
      else params.push(...entryPaths(entry));
    }
  }
  return { metrics: unique(metrics), params: unique(params) };
}

function entryPaths(entry: unknown): string[] {
  if (typeof entry === "string") return [entry];
  if (entry && typeof entry === "object") return Object.keys(entry);
  return [];
}

function pythonVersion(read: (path: string) => string | null): string | undefined {
  const pinned = read(".python-version")?.trim().split("\n")[0]?.trim();
  const runtime = /python-(\d+\.\d+)/.exec(read("runtime.txt") ?? "")?.[1];
  const requires = /requires-python\s*=\s*["'][^"'\d]*(\d+\.\d+)/.exec(read("pyproject.toml") ?? "")?.[1];
  const version = pinned ?? runtime ?? requires;
  const minor = version ? /^(\d+\.\d+)/.exec(version)?.[1] : undefined;
  return minor;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
