/**
 * Asks one Python interpreter what it is and whether it has the requirements: the interpreter
 * itself answers, with importlib.metadata for installed versions and `packaging` (pip's own
 * parser, or the copy pip vendors) for specifiers and environment markers — so "satisfied" means
 * what pip would say, not our reading of PEP 440.
 */
import { execFile } from "node:child_process";

export interface RequirementStatus {
  /** The line as written in the requirements file. */
  requirement: string;
  name: string | null;
  /** The installed version, or null when the distribution is not installed. */
  installed: string | null;
  /** Installed and within the specifier (or not meant for this Python, by its marker). */
  ok: boolean;
  /** Why the line could not be read. */
  error?: string;
}

export interface PythonFacts {
  /** sys.executable: the interpreter that answered (a venv's python, not its base). */
  executable: string;
  version: string;
  /** False when neither `packaging` nor pip's copy was importable: only presence was checked. */
  checkedVersions: boolean;
  requirements: RequirementStatus[];
}

export type ProbePython = (
  command: string,
  requirements: readonly string[],
  env: NodeJS.ProcessEnv,
) => Promise<PythonFacts | { error: string }>;

/** Python 2-safe syntax up to the version check, so an old interpreter answers rather than crashes. */
export const PROBE_SCRIPT = String.raw`
import json, re, sys
try:
    import importlib.metadata as metadata
except ImportError:
    print(json.dumps({"error": "Python %d.%d is too old (Slipway runs models with Python 3.8 or newer)" % sys.version_info[:2]}))
    sys.exit(0)
try:
    from packaging.requirements import Requirement
except Exception:
    try:
        from pip._vendor.packaging.requirements import Requirement
    except Exception:
        Requirement = None
found = []
for line in json.loads(sys.argv[1]):
    entry = {"requirement": line, "name": None, "installed": None, "ok": False}
    try:
        if Requirement is not None:
            parsed = Requirement(line)
            name, specifier, marker = parsed.name, parsed.specifier, parsed.marker
        else:
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", line)
            if not match:
                raise ValueError("not a requirement")
            name, specifier, marker = match.group(1), None, None
        entry["name"] = name
        if marker is not None and not marker.evaluate():
            entry["ok"] = True
        else:
            try:
                version = metadata.version(name)
            except metadata.PackageNotFoundError:
                version = None
            entry["installed"] = version
            entry["ok"] = version is not None and (specifier is None or specifier.contains(version, prereleases=True))
    except Exception as error:
        entry["error"] = str(error)
    found.append(entry)
print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3], "checkedVersions": Requirement is not None, "requirements": found}))
`;

const TIMEOUT_MS = 60_000;

export const probePython: ProbePython = (command, requirements, env) =>
  new Promise((resolve) => {
    execFile(
      command,
      ["-c", PROBE_SCRIPT, JSON.stringify(requirements)],
      { env, timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? "";
        try {
          const parsed = JSON.parse(last) as PythonFacts | { error: string };
          if ("error" in parsed || Array.isArray(parsed.requirements)) return resolve(parsed);
        } catch {
          // Not our answer: fall through to the error below.
        }
        const code = (error as NodeJS.ErrnoException | null)?.code;
        const said = stderr.trim().split("\n").pop()?.trim();
        const why =
          code === "ENOENT"
            ? "could not be started"
            : error
              ? `exited with ${typeof code === "number" ? `code ${code}` : (error.signal ?? String(code))}${said ? `: ${said}` : ""}`
              : "gave no answer Slipway understands (is it a Python interpreter?)";
        resolve({ error: `${command} ${why}` });
      },
    );
  });
