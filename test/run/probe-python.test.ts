/**
 * The probe against a real interpreter (Debian's /usr/bin/python3). What it should say is asked of
 * the same interpreter at test time with importlib.metadata and packaging, never pasted.
 */
import { describe, expect, it } from "@jest/globals";
import { probePython } from "../../src/run/probe-python.js";
import { REFERENCE_PYTHON, runReferencePython } from "../helpers/reference-python.js";

const installed = runReferencePython<{
  sklearn: string;
  pandas: string;
  executable: string;
  version: string;
}>(
  `import json, sys, importlib.metadata as m
print(json.dumps({"sklearn": m.version("scikit-learn"), "pandas": m.version("pandas"), "executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3]}))`,
);

describe("probePython", () => {
  it("reports the interpreter and, per requirement line, the installed version and whether it satisfies", async () => {
    const [major] = installed.sklearn.split(".");
    const facts = await probePython(
      REFERENCE_PYTHON,
      [
        `scikit-learn>=${installed.sklearn}`,
        `scikit-learn<${major}`,
        "pandas",
        'pandas<0.1; python_version < "3"',
        "slipway-not-a-real-package>=1",
        "=== not a requirement",
      ],
      { PATH: process.env.PATH },
    );
    expect(facts).toMatchObject({
      executable: installed.executable,
      version: installed.version,
      checkedVersions: true,
    });
    if ("error" in facts) throw new Error(facts.error);
    expect(
      facts.requirements.map(({ requirement, installed, ok }) => ({ requirement, installed, ok })),
    ).toEqual([
      { requirement: `scikit-learn>=${installed.sklearn}`, installed: installed.sklearn, ok: true },
      { requirement: `scikit-learn<${major}`, installed: installed.sklearn, ok: false },
      { requirement: "pandas", installed: installed.pandas, ok: true },
      // A marker that does not apply to this Python: nothing to install.
      { requirement: 'pandas<0.1; python_version < "3"', installed: null, ok: true },
      { requirement: "slipway-not-a-real-package>=1", installed: null, ok: false },
      { requirement: "=== not a requirement", installed: null, ok: false },
    ]);
    expect(facts.requirements[5]?.error).toBeTruthy();
  });

  it("says so when the command is not a Python", async () => {
    expect(await probePython("/bin/false", [], {})).toEqual({ error: "/bin/false exited with code 1" });
    expect(await probePython("/bin/true", [], {})).toEqual({
      error: "/bin/true gave no answer Slipway understands (is it a Python interpreter?)",
    });
  });

  it("says so when the command does not exist", async () => {
    expect(await probePython("/nonexistent/python3", [], {})).toEqual({
      error: "/nonexistent/python3 could not be started",
    });
  });
});
