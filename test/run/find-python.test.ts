import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { InputError } from "../../src/errors.js";
import {
  describeLooked,
  describeMissing,
  findPython,
  pythonCandidates,
  pythonNextStep,
} from "../../src/run/find-python.js";
import type { ProbePython, PythonFacts } from "../../src/run/probe-python.js";

const root = mkdtempSync(join(tmpdir(), "slipway-find-python-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function bin(dir: string, names: string[]): string {
  const path = join(root, dir);
  mkdirSync(path, { recursive: true });
  for (const name of names) {
    writeFileSync(join(path, name), "#!/bin/sh\n");
    chmodSync(join(path, name), 0o755);
  }
  return path;
}

/** A probe answering from a table: executable → installed versions; what satisfies is `ok`. */
function tableProbe(table: Record<string, { executable: string; ok: string[] } | string>): ProbePython {
  return async (command, requirements) => {
    const entry = table[command];
    if (entry === undefined || typeof entry === "string") return { error: entry ?? `${command} unknown` };
    const facts: PythonFacts = {
      executable: entry.executable,
      version: "3.11.2",
      checkedVersions: true,
      requirements: requirements.map((requirement) => ({
        requirement,
        name: requirement,
        installed: entry.ok.includes(requirement) ? "1.0" : null,
        ok: entry.ok.includes(requirement),
      })),
    };
    return facts;
  };
}

describe("pythonCandidates", () => {
  it("lists python3 then python in each PATH folder, in PATH order, skipping non-executables and repeats", () => {
    const a = bin("a", ["python3", "python"]);
    const b = bin("b", ["python3"]);
    const c = join(root, "c");
    mkdirSync(c);
    writeFileSync(join(c, "python3"), "not executable");
    const d = join(root, "d");
    mkdirSync(d);
    symlinkSync(join(b, "python3"), join(d, "python")); // the same file as b/python3
    expect(pythonCandidates([a, "", c, b, d].join(":"), "linux")).toEqual([
      join(a, "python3"),
      join(a, "python"),
      join(b, "python3"),
    ]);
  });
});

describe("findPython", () => {
  const first = bin("first", ["python3", "python"]);
  const second = bin("second", ["python3"]);
  const path = `${first}:${second}`;
  const shimmed = {
    [join(first, "python3")]: { executable: "/pyenv/3.12/bin/python3.12", ok: ["pytest"] },
    [join(first, "python")]: { executable: "/pyenv/3.12/bin/python3.12", ok: ["pytest"] },
    [join(second, "python3")]: { executable: "/usr/bin/python3.11", ok: ["pytest", "scikit-learn>=1.2"] },
  };

  it("looks past a first Python that lacks the requirements, and says each interpreter once", async () => {
    const choice = await findPython({
      requirements: ["scikit-learn>=1.2", "pytest"],
      env: { PATH: path },
      cwd: root,
      probe: tableProbe(shimmed),
    });
    expect(choice.chosen).toMatchObject({
      command: join(second, "python3"),
      executable: "/usr/bin/python3.11",
    });
    expect(choice.looked.map((look) => [look.command, look.missing.map((m) => m.requirement)])).toEqual([
      [join(first, "python3"), ["scikit-learn>=1.2"]],
      [join(second, "python3"), []],
    ]);
  });

  it("returns none when no interpreter has everything, with each one's gaps for the message", async () => {
    const choice = await findPython({
      requirements: ["scikit-learn>=99"],
      env: { PATH: path },
      cwd: root,
      probe: tableProbe(shimmed),
    });
    expect(choice.chosen).toBeNull();
    const reason = describeLooked(choice.looked, "requirements.txt");
    expect(reason).toBe(
      `no Python here has what requirements.txt asks for: ${join(first, "python3")} (Python 3.11.2) lacks scikit-learn>=99 (not installed); ${join(second, "python3")} (Python 3.11.2) lacks scikit-learn>=99 (not installed)`,
    );
    expect(pythonNextStep(choice.looked, "requirements.txt")).toContain(
      `Make one: ${join(first, "python3")} -m venv .venv && .venv/bin/python -m pip install -r requirements.txt (slipway run then uses .venv)`,
    );
  });

  it("with an empty PATH, says there is no Python and how to get one", async () => {
    const choice = await findPython({
      requirements: [],
      env: { PATH: "" },
      cwd: root,
      probe: tableProbe({}),
    });
    expect(choice).toEqual({ chosen: null, looked: [] });
    expect(describeLooked([], "requirements.txt")).toBe("no Python on PATH (looked for python3 and python)");
    expect(pythonNextStep([], "requirements.txt")).toMatch(
      /^Install Python 3, then: python3 -m venv \.venv && \.venv\/bin\/python -m pip install -r requirements\.txt/,
    );
  });

  it("an interpreter that cannot answer is named with its error, and the search goes on", async () => {
    const choice = await findPython({
      requirements: ["pytest"],
      env: { PATH: path },
      cwd: root,
      probe: tableProbe({ ...shimmed, [join(first, "python3")]: "python3 failed: Segmentation fault" }),
    });
    expect(choice.looked[0]).toMatchObject({ error: "python3 failed: Segmentation fault", facts: null });
    expect(choice.chosen?.command).toBe(join(first, "python"));
  });

  it("probes only the named Python, found on PATH by name or as a path", async () => {
    const byName = await findPython({
      explicit: "python3",
      requirements: ["pytest"],
      env: { PATH: second },
      cwd: root,
      probe: tableProbe(shimmed),
    });
    expect(byName.looked.map((look) => look.command)).toEqual([join(second, "python3")]);
    const byPath = await findPython({
      explicit: "first/python",
      requirements: ["pytest"],
      env: { PATH: "" },
      cwd: root,
      probe: tableProbe(shimmed),
    });
    expect(byPath.chosen?.command).toBe(join(first, "python"));
  });

  it("a named Python that does not exist is a usage error", async () => {
    const find = findPython({
      explicit: "nope/python",
      requirements: [],
      env: {},
      cwd: root,
      probe: tableProbe({}),
    });
    await expect(find).rejects.toThrow(InputError);
    await expect(find).rejects.toThrow('"nope/python" is not an executable file');
  });
});

describe("describeMissing", () => {
  it("says what is installed instead, and cuts a long list", () => {
    const missing = ["a", "b", "c"].map((name, i) => ({
      requirement: `${name}>=2`,
      name,
      installed: i === 0 ? "1.5" : null,
      ok: false,
    }));
    expect(describeMissing(missing, 2)).toBe("a>=2 (has 1.5), b>=2 (not installed), and 1 more");
    expect(
      describeMissing([{ requirement: "x==", name: null, installed: null, ok: false, error: "bad" }]),
    ).toBe("x== (unreadable: bad)");
  });
});
