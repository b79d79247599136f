/**
 * What a DVC project says about itself: dvc.yaml's stages (their exact commands, in the order DVC
 * runs them), the metrics, params and plots files it names, what its stages write (never datasets),
 * the requirements among its dependencies, what `.dvc` files track, and the remote `.dvc/config`
 * names (so CI can `dvc pull`). Pure: a reader comes in.
 */
import { parse } from "yaml";

export interface DvcRemote {
  name: string;
  url: string;
}

export interface DvcProject {
  /**
   * The stages' commands in the order DVC runs them from a clean checkout (what `dvc repro` runs);
   * null when they cannot be read literally (templating, foreach, matrix) and `dvc repro` must run them.
   */
  commands: string[] | null;
  metrics: string[];
  params: string[];
  plots: string[];
  /** Paths stages write (files or folders), metrics and plots included. */
  outputs: string[];
  /** Paths stages read. */
  deps: string[];
  /** Paths tracked by `.dvc` files (the file's path without `.dvc`), and those files. */
  tracked: { path: string; file: string }[];
  /** The default remote (or the only one), when .dvc/config names one. */
  remote: DvcRemote | null;
}

interface Stage {
  cmd?: string | string[];
  wdir?: string;
  deps?: unknown[];
  outs?: unknown[];
  metrics?: unknown[];
  plots?: unknown[];
  params?: unknown[];
  foreach?: unknown;
  matrix?: unknown;
  do?: unknown;
  frozen?: boolean;
}

export function readDvcProject(
  files: readonly string[],
  read: (path: string) => string | null,
): DvcProject | null {
  const tracked = files
    .filter((path) => path.endsWith(".dvc") && !path.startsWith(".dvc/"))
    .map((file) => ({ path: file.slice(0, -4), file }));
  const text = read("dvc.yaml");
  const remote = readRemote(read(".dvc/config"));
  if (text === null && tracked.length === 0 && !files.includes(".dvc/config")) return null;
  let doc: { stages?: Record<string, Stage>; metrics?: unknown[]; plots?: unknown[]; params?: unknown[] } =
    {};
  try {
    doc = (text && parse(text)) || {};
  } catch {
    // A dvc.yaml DVC itself cannot read: nothing is taken from it (DVC says what is wrong).
  }
  const stages = Object.entries(doc.stages ?? {}).filter(([, stage]) => stage && typeof stage === "object");
  const metrics = [...paths(doc.metrics), ...stages.flatMap(([, s]) => paths(s.metrics, s.wdir))];
  const plots = [...topLevelPlots(doc.plots), ...stages.flatMap(([, s]) => paths(s.plots, s.wdir))];
  const params = [
    ...paths(doc.params),
    ...stages.flatMap(([, s]) =>
      // A bare key names a parameter of params.yaml; a mapping names its file.
      (s.params ?? []).flatMap((entry) =>
        typeof entry === "string" ? [within(s.wdir, "params.yaml")] : paths([entry], s.wdir),
      ),
    ),
  ];
  const outputs = [...metrics, ...plots, ...stages.flatMap(([, s]) => paths(s.outs, s.wdir))];
  const deps = stages.flatMap(([, s]) => paths(s.deps, s.wdir));
  return {
    commands: stageCommands(stages),
    metrics: unique(metrics),
    params: unique(params),
    plots: unique(plots),
    outputs: unique(outputs),
    deps: unique(deps),
    tracked,
    remote,
  };
}

/** True when `path` is `output` or inside the folder `output`. */
export function isUnder(path: string, output: string): boolean {
  const folder = output.replace(/\/+$/, "");
  return path === folder || path.startsWith(`${folder}/`);
}

/** Commands in dependency order (a stage after the stages whose outputs it reads), else file order. */
function stageCommands(stages: [string, Stage][]): string[] | null {
  const runnable = stages.filter(([, stage]) => !stage.frozen);
  const templated = runnable.some(
    ([, stage]) =>
      stage.foreach !== undefined ||
      stage.matrix !== undefined ||
      stage.do !== undefined ||
      [stage.cmd ?? ""].flat().some((cmd) => /\$\{/.test(String(cmd))),
  );
  if (templated) return null;
  const ordered: [string, Stage][] = [];
  const pending = [...runnable];
  while (pending.length > 0) {
    const ready = pending.findIndex(([, stage]) =>
      paths(stage.deps, stage.wdir).every(
        (dep) =>
          !pending.some(
            ([, other]) => other !== stage && paths(other.outs, other.wdir).some((out) => isUnder(dep, out)),
          ),
      ),
    );
    // A cycle (DVC refuses it anyway): the rest in file order.
    ordered.push(...pending.splice(Math.max(ready, 0), 1));
  }
  return ordered.flatMap(([, stage]) => {
    const commands = [stage.cmd ?? []]
      .flat()
      .map(String)
      .filter((cmd) => cmd.trim() !== "");
    if (commands.length === 0) return [];
    const joined = commands.join(" && ");
    const wdir = stage.wdir?.replace(/\/+$/, "");
    return [wdir && wdir !== "." ? `(cd ${wdir} && ${joined})` : joined];
  });
}

/** dvc.yaml's top-level plots: a path, or a named plot whose y (or x) maps files to columns. */
function topLevelPlots(entries: unknown[] | undefined): string[] {
  const out: string[] = [];
  for (const entry of entries ?? []) {
    if (typeof entry === "string") out.push(entry);
    else if (entry && typeof entry === "object") {
      for (const [key, value] of Object.entries(entry)) {
        const definition = (value ?? {}) as { x?: unknown; y?: unknown };
        const named = [definition.x, definition.y].flatMap((axis) =>
          axis && typeof axis === "object" && !Array.isArray(axis) ? Object.keys(axis) : [],
        );
        out.push(...(named.length > 0 ? named : [key]));
      }
    }
  }
  return out;
}

/** The paths of a deps/outs/metrics/plots list: strings, or one-key mappings `{path: {cache: false}}`. */
function paths(entries: unknown[] | undefined, wdir?: string): string[] {
  return (entries ?? []).flatMap((entry) => {
    if (typeof entry === "string") return [within(wdir, entry)];
    if (entry && typeof entry === "object") return Object.keys(entry).map((key) => within(wdir, key));
    return [];
  });
}

function within(wdir: string | undefined, path: string): string {
  const folder = wdir?.replace(/^\.\/?|\/+$/g, "");
  const joined = folder ? `${folder}/${path}` : path;
  return joined.replace(/^\.\//, "");
}

/** The remote `core.remote` names, else the only remote; from .dvc/config (an INI file). */
function readRemote(text: string | null): DvcRemote | null {
  if (!text) return null;
  const remotes: DvcRemote[] = [];
  let section = "";
  let defaultName: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (header) {
      section = (header[1] ?? "").replace(/^'|'$/g, "");
      continue;
    }
    const pair = /^([\w.-]+)\s*=\s*(.*)$/.exec(line);
    if (!pair) continue;
    const [, key, value = ""] = pair;
    const remote = /^remote\s+"(.+)"$/.exec(section)?.[1];
    if (remote !== undefined && key === "url") remotes.push({ name: remote, url: value.trim() });
    if (section === "core" && key === "remote") defaultName = value.trim();
  }
  const [only] = remotes;
  return remotes.find((r) => r.name === defaultName) ?? (only && remotes.length === 1 ? only : null);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
