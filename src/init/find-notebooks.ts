/**
 * Notebooks that train or evaluate: those whose code writes a metrics file (named in their code),
 * else those named like training or evaluation. Slipway runs commands, so such a notebook runs as
 * `python -m nbconvert --execute`, its executed copy kept out of the repository. Pure: the files and
 * a reader come in.
 */

export interface NotebookRun {
  /** The notebooks to execute, in name order. */
  notebooks: string[];
  /** Metrics files their code writes, from the repository's root. */
  metrics: string[];
}

/** Where executed copies go (ignored by git, skipped by init's search). */
export const EXECUTED_NOTEBOOKS = "reports/notebooks";

const METRICS_LITERAL = /["']((?:[^"'\s]*[-_./])?metrics?\.(?:json|ya?ml|toml))["']/gi;
const NAMED_LIKE_MODEL = /(^|[-_ .\d])(train|training|model|modell?ing|evaluat\w*|fit)([-_ .]|$)/i;

export function findNotebooks(files: readonly string[], read: (path: string) => string | null): NotebookRun {
  const notebooks = files.filter((path) => path.endsWith(".ipynb") && !path.includes(".ipynb_checkpoints/"));
  const writing = new Map<string, string[]>();
  for (const notebook of notebooks) {
    const written = metricsFilesNamedIn(codeOf(read(notebook)), notebook);
    if (written.length > 0) writing.set(notebook, written);
  }
  const chosen =
    writing.size > 0
      ? [...writing.keys()]
      : notebooks.filter((path) => NAMED_LIKE_MODEL.test(path.slice(path.lastIndexOf("/") + 1, -6)));
  return { notebooks: chosen.sort(), metrics: [...new Set([...writing.values()].flat())] };
}

export function executeCommand(notebooks: readonly string[]): string {
  return notebooks
    .map(
      (notebook) =>
        `python -m nbconvert --to notebook --execute --output-dir ${EXECUTED_NOTEBOOKS} ${notebook}`,
    )
    .join(" && ");
}

/** Metrics files (DVC's names: metrics.json, eval_metrics.yaml…) a script or notebook's code names, from the root. */
export function metricsFilesNamedIn(code: string, file: string): string[] {
  return [...code.matchAll(METRICS_LITERAL)].map(([, named = ""]) => fromRoot(file, named));
}

/** The source of a notebook's code cells (nbformat 4), or "" when it is not a notebook. */
function codeOf(text: string | null): string {
  if (!text) return "";
  try {
    const doc = JSON.parse(text) as { cells?: { cell_type?: string; source?: string | string[] }[] };
    return (doc.cells ?? [])
      .filter((cell) => cell.cell_type === "code")
      .map((cell) => [cell.source ?? ""].flat().join(""))
      .join("\n");
  } catch {
    return "";
  }
}

/**
 * A path a file's code names, from the root. Notebooks run in their own folder (as nbconvert runs
 * them); scripts run from the root, as the commands init drafts do.
 */
function fromRoot(file: string, path: string): string {
  const parts = file.endsWith(".ipynb") ? file.split("/").slice(0, -1) : [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}
