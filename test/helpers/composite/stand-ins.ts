/**
 * Stand-ins for the third-party actions our composite actions use. Each declares the inputs the
 * real action has (a `with:` key outside them is a typo the runner refuses) and does here what the
 * real one does on a runner, with what this machine has:
 * - actions/setup-python: a virtual environment of Debian's Python (scikit-learn, pytest) in the
 *   tool cache, first on PATH; only a version this machine has is accepted.
 * - actions/cache: restores `path` from a store when `key` was saved, saves it after a passing job.
 * - actions/upload-artifact: copies `path` into an artifact folder under `name`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { StandIn, StandIns } from "./check-action.js";

const SYSTEM_PYTHON = "/usr/bin/python3";

export function setupPythonStandIn(interpreter = SYSTEM_PYTHON): StandIn {
  return {
    inputs: [
      "python-version",
      "python-version-file",
      "cache",
      "architecture",
      "check-latest",
      "token",
      "cache-dependency-path",
      "update-environment",
      "allow-prereleases",
      "freethreaded",
      "pip-version",
      "pip-install",
    ],
    run: ({ with: inputs, runner }) => {
      const have = execFileSync(interpreter, ["-c", "import platform; print(platform.python_version())"], {
        encoding: "utf8",
      }).trim();
      const wanted = inputs["python-version"] ?? "";
      if (!wanted) return { failed: "The stand-in for setup-python needs python-version." };
      if (!`${have}.`.startsWith(`${wanted}.`))
        return { failed: `python-version ${wanted} asked for; this machine has ${have} only.` };
      const home = join(runner.tool_cache, "Python", have, "x64");
      if (!existsSync(join(home, "bin", "python")))
        execFileSync(interpreter, ["-m", "venv", "--system-site-packages", home]);
      return {
        outputs: { "python-version": have, "python-path": join(home, "bin", "python"), "cache-hit": "false" },
        path: [join(home, "bin")],
        env: { pythonLocation: home },
        log: `Using Python ${have} (${interpreter}) from ${home}\n`,
      };
    },
  };
}

/** One store per test file: what a job saved, a later job restores. */
export interface CacheStore {
  saved: Map<string, string>;
  /** Every restore and save, to assert the keys. */
  events: { kind: "hit" | "miss" | "save"; key: string; path: string }[];
}

export function cacheStore(): CacheStore {
  return { saved: new Map(), events: [] };
}

export function cacheStandIn(store: CacheStore): StandIn {
  return {
    inputs: [
      "path",
      "key",
      "restore-keys",
      "upload-chunk-size",
      "enableCrossOsArchive",
      "fail-on-cache-miss",
      "lookup-only",
      "save-always",
    ],
    run: ({ with: inputs, workspace }) => {
      const key = inputs.key ?? "";
      const paths = (inputs.path ?? "")
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => resolve(workspace, p));
      if (!key || paths.length === 0) return { failed: "Input required and not supplied: key and path" };
      const stored = store.saved.get(key);
      if (stored) {
        paths.forEach((path, i) => {
          cpSync(join(stored, String(i)), path, { recursive: true });
        });
        store.events.push({ kind: "hit", key, path: paths.join("\n") });
        return { outputs: { "cache-hit": "true" }, log: `Cache restored from key: ${key}\n` };
      }
      store.events.push({ kind: "miss", key, path: paths.join("\n") });
      return {
        outputs: { "cache-hit": "false" },
        log: `Cache not found for input keys: ${key}\n`,
        post: () => {
          const into = mkdtempSync(join(tmpdir(), "slipway-cache-"));
          paths.forEach((path, i) => {
            if (existsSync(path)) cpSync(path, join(into, String(i)), { recursive: true });
          });
          store.saved.set(key, into);
          store.events.push({ kind: "save", key, path: paths.join("\n") });
        },
      };
    },
  };
}

export function uploadArtifactStandIn(into: string): StandIn {
  return {
    inputs: [
      "name",
      "path",
      "if-no-files-found",
      "retention-days",
      "compression-level",
      "overwrite",
      "include-hidden-files",
    ],
    run: ({ with: inputs, workspace }) => {
      const name = inputs.name || "artifact";
      const paths = (inputs.path ?? "")
        .split("\n")
        .map((p) => p.trim())
        .filter(Boolean);
      const found = paths.map((p) => resolve(workspace, p)).filter((p) => existsSync(p));
      if (found.length === 0) {
        const mode = inputs["if-no-files-found"] || "warn";
        const message = `No files were found with the provided path: ${paths.join(", ")}. No artifacts will be uploaded.`;
        if (mode === "error") return { failed: message };
        return { log: mode === "warn" ? `::warning::${message}\n` : "" };
      }
      const folder = join(into, name);
      mkdirSync(folder, { recursive: true });
      for (const path of found) cpSync(path, join(folder, basename(path)), { recursive: true });
      return {
        outputs: {
          "artifact-id": "1",
          "artifact-url": `https://github.com/artifacts/${name}`,
          "artifact-digest": "",
        },
        log: `Uploaded ${found.length} file(s) as ${name}\n`,
      };
    },
  };
}

/** The stand-ins our actions may use, declared once for every composite test. */
export function standardStandIns(options: { cache: CacheStore; artifacts: string }): StandIns {
  return {
    "actions/setup-python": setupPythonStandIn(),
    "actions/cache": cacheStandIn(options.cache),
    "actions/upload-artifact": uploadArtifactStandIn(options.artifacts),
  };
}
