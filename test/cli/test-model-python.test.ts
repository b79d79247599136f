/**
 * `slipway test-model` chooses its Python as `slipway run` does (one resolver): on a copy of
 * examples/breast-cancer, with a Python first on PATH that lacks the example's packages (a bare
 * venv of Debian's Python, as a pyenv build is here) and Debian's /usr/bin/python3, which has them.
 * Each case trains the example (~10 s).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import { REFERENCE_PYTHON } from "../helpers/reference-python.js";
import { runCli } from "../helpers/run-cli.js";
import { binDir, copyExample, removeCopies } from "../run/helpers/example-copy.js";

afterAll(removeCopies);

/** A Python without the example's packages: a venv of the reference Python that does not see its site-packages. */
function barePython(): string {
  const dir = binDir({});
  execFileSync(REFERENCE_PYTHON, ["-m", "venv", "--without-pip", join(dir, "venv")]);
  return join(dir, "venv", "bin");
}

const good = binDir({ python3: REFERENCE_PYTHON, git: "/usr/bin/git" });
const bare = barePython();

describe("slipway test-model: the same Python as slipway run", () => {
  it("looks past a first python3 on PATH that lacks the requirements (not bare `python`)", async () => {
    const root = copyExample();
    const result = await runCli(["test-model", "--fail-on", "never"], {
      cwd: root,
      env: { PATH: `${bare}:${good}` },
    });
    expect(result.stderr).not.toContain("No module named");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`slipway: python ${join(good, "python3")} (Python `);
    expect(result.stdout).toContain("model:");
  });

  it("honours SLIPWAY_PYTHON", async () => {
    const root = copyExample();
    const result = await runCli(["test-model", "--fail-on", "never"], {
      cwd: root,
      env: { PATH: `${bare}:${good}`, SLIPWAY_PYTHON: REFERENCE_PYTHON },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`slipway: python ${REFERENCE_PYTHON} (Python `);
  });

  it("--python: the old `sklearn` alias is checked as scikit-learn, with a warning saying what to write", async () => {
    const root = copyExample();
    const requirements = join(root, "requirements.txt");
    writeFileSync(
      requirements,
      readFileSync(requirements, "utf8").replace("scikit-learn>=1.2,<2", "sklearn"),
    );
    const result = await runCli(["test-model", "--fail-on", "never", "--python", REFERENCE_PYTHON], {
      cwd: root,
      env: { PATH: bare },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: requirements.txt: "sklearn" is the old name of scikit-learn (pip refuses it now); checked scikit-learn instead. Write scikit-learn in requirements.txt.',
    );
  });

  it("with no Python that fits: exit 2 and the exact commands that make one", async () => {
    const root = copyExample();
    const result = await runCli(["test-model"], { cwd: root, env: { PATH: bare } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      `slipway: model: cannot run here: no Python here has what requirements.txt asks for: ${join(bare, "python3")} (Python `,
    );
    expect(result.stderr).toContain(
      `Make one: ${join(bare, "python3")} -m venv .venv && .venv/bin/python -m pip install -r requirements.txt (slipway test-model then uses .venv); or name a Python that has them: slipway test-model --python PATH (or SLIPWAY_PYTHON=PATH).`,
    );
  });
});
