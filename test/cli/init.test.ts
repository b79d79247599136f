/**
 * `slipway init` on temporary repositories holding a real dataset (scikit-learn's iris, written by
 * Python at test time): the dry run writes nothing, --write writes files Slipway itself accepts,
 * and re-running never overwrites what a person wrote or edited.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { runReferencePython } from "../helpers/reference-python.js";
import { runCli } from "../helpers/run-cli.js";

const IRIS = `
import json, sys
from sklearn.datasets import load_iris
frame = load_iris(as_frame=True).frame
frame.columns = [c.replace(" (cm)", "").replace(" ", "_") for c in frame.columns]
frame.iloc[:100].to_csv(sys.argv[1] + "/data/train.csv", index=False)
frame.iloc[100:].to_csv(sys.argv[1] + "/data/reference.csv", index=False)
print(json.dumps({"rows": 100, "columns": list(frame.columns)}))
`;

/** A data-science repository as a team would have it before Slipway. */
function repository(extra: Record<string, string> = {}): { dir: string; columns: string[] } {
  const dir = join(mkdtempSync(join(tmpdir(), "slipway-init-")), "iris-classifier");
  const files: Record<string, string> = {
    "requirements.txt": "scikit-learn\npytest\n",
    "params.yaml": "C: 1.0\n",
    "train.py": "print('train')\n",
    "evaluate.py": "print('evaluate')\n",
    "metrics.json": '{"accuracy": 0.95}\n',
    "tests/test_model.py": "def test_ok():\n    assert True\n",
    ".git/HEAD": "ref: refs/heads/main\n",
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(join(dir, "data"), { recursive: true });
  const { columns } = runReferencePython<{ columns: string[] }>(IRIS, [dir]);
  return { dir, columns };
}

/** Every file under dir (but .git), with its text, to show a dry run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out[path] = readFileSync(join(dir, path), "utf8");
    }
  };
  walk("");
  return out;
}

const WRITTEN = [
  ".github/slipway.yml",
  "data/train.schema.yaml",
  ".github/workflows/ml.yml",
  ".devcontainer/devcontainer.json",
  ".gitignore",
];

describe("slipway init", () => {
  it("shows what it would write and writes nothing", async () => {
    const { dir } = repository();
    const before = snapshot(dir);
    const run = await runCli(["init"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("inferring the schema of data/train.csv\n");
    for (const path of WRITTEN) {
      expect(run.stdout).toMatch(new RegExp(`^  create +${path.replace(/\./g, "\\.")} `, "m"));
      expect(run.stdout).toContain(`── ${path} (create) ──`);
    }
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Dry run: nothing written. Run `slipway init --write` to write the 5 files above.",
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it("--write writes a config `slipway config check` accepts, with a schema the data passes", async () => {
    const { dir, columns } = repository();
    const run = await runCli(["init", "--write"], { cwd: dir });
    expect(run.code).toBe(0);
    for (const path of WRITTEN) expect(existsSync(join(dir, path))).toBe(true);
    expect(run.stdout).toContain("Wrote 5 files. Next: review the drafted schemas");

    const check = await runCli(["config", "check"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(".github/slipway.yml is valid.\n");
    // Only what the tests will write is not there yet.
    expect(check.stderr).toMatch(
      /^warning: \.github\/slipway\.yml:\d+: model\.junit: "reports\/junit\.xml" does not exist yet; model\.test is expected to write it\.\n$/,
    );
    const schema = readFileSync(join(dir, "data", "train.schema.yaml"), "utf8");
    for (const column of columns) expect(schema).toContain(`name: ${column}`);
    // The schema was inferred from this data, so the data passes it; drift is measured against the reference.
    const validate = await runCli(["validate-data", "--json"], { cwd: dir });
    expect(validate.code).toBe(0);
    const [report] = JSON.parse(validate.stdout);
    expect(report).toMatchObject({ dataset: "train", rows: 100, valid: true });
    expect(report.drift).not.toBeNull();
  });

  it("re-run: files it wrote and nobody touched stay as they are", async () => {
    const { dir } = repository();
    await runCli(["init", "--write"], { cwd: dir });
    const before = snapshot(dir);
    const again = await runCli(["init", "--write"], { cwd: dir });
    expect(again.code).toBe(0);
    for (const path of WRITTEN)
      expect(again.stdout).toMatch(new RegExp(`^  unchanged ${path.replace(/\./g, "\\.")} `, "m"));
    expect(again.stdout).toContain("Nothing to write.");
    expect(snapshot(dir)).toEqual(before);
  });

  it("re-run: never overwrites a person's edits, rewrites its own untouched files, recreates deleted ones", async () => {
    const { dir } = repository();
    await runCli(["init", "--write"], { cwd: dir });
    const edited = `${readFileSync(join(dir, ".github/slipway.yml"), "utf8")}# rules come next week\n`;
    writeFileSync(join(dir, ".github/slipway.yml"), edited);
    rmSync(join(dir, ".devcontainer/devcontainer.json"));
    const workflowBefore = readFileSync(join(dir, ".github/workflows/ml.yml"), "utf8");
    // A new dataset gets its schema drafted; the config would name it, but the config is the person's now.
    writeFileSync(join(dir, "data", "holdout.csv"), readFileSync(join(dir, "data", "reference.csv")));

    const run = await runCli(["init", "--write"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^ {2}skip +\.github\/slipway\.yml +edited since slipway init wrote it; left as it is \(delete it to have it written again\)$/m,
    );
    expect(run.stdout).toMatch(/^ {2}create +\.devcontainer\/devcontainer\.json /m);
    expect(run.stdout).toMatch(/^ {2}create +data\/holdout\.schema\.yaml /m);
    expect(readFileSync(join(dir, ".github/slipway.yml"), "utf8")).toBe(edited);
    expect(existsSync(join(dir, ".devcontainer/devcontainer.json"))).toBe(true);
    expect(readFileSync(join(dir, ".github/workflows/ml.yml"), "utf8")).toBe(workflowBefore);
  });

  it("rewrites its own untouched config when the repository gained a dataset", async () => {
    const { dir } = repository();
    await runCli(["init", "--write"], { cwd: dir });
    writeFileSync(join(dir, "data", "holdout.csv"), readFileSync(join(dir, "data", "reference.csv")));
    const run = await runCli(["init", "--write"], { cwd: dir });
    expect(run.stdout).toMatch(/^ {2}update +\.github\/slipway\.yml /m);
    expect(readFileSync(join(dir, ".github/slipway.yml"), "utf8")).toContain("path: data/holdout.csv");
    expect((await runCli(["config", "check"], { cwd: dir })).code).toBe(0);
  });

  it("leaves a person's own files alone, and names their schema in the config", async () => {
    const mine = "name: ml\non: push\njobs: {}\n";
    const schema = "fields:\n  - { name: sepal_length, type: number }\n";
    const { dir } = repository({ ".github/workflows/ml.yml": mine, "data/train.schema.yaml": schema });
    const run = await runCli(["init", "--write"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^ {2}skip +\.github\/workflows\/ml\.yml +already there, not written by slipway init; left as it is$/m,
    );
    expect(readFileSync(join(dir, ".github/workflows/ml.yml"), "utf8")).toBe(mine);
    expect(readFileSync(join(dir, "data/train.schema.yaml"), "utf8")).toBe(schema);
    expect(readFileSync(join(dir, ".github/slipway.yml"), "utf8")).toContain(
      "schema: data/train.schema.yaml",
    );
  });

  it("prints the plan as JSON with --json", async () => {
    const { dir } = repository();
    const run = await runCli(["init", "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan).toMatchObject({
      root: dir,
      write: false,
      written: [],
      notes: ["No saved model (.joblib, .pkl) found: no package section; add one once the model is saved."],
    });
    expect(plan.files.map((f: { path: string; action: string }) => [f.path, f.action])).toEqual(
      WRITTEN.map((path) => [path, "create"]),
    );
  });

  it("configures a data file it cannot read without a schema, and says why", async () => {
    const { dir } = repository({ "data/broken.csv": 'a,b\n1,"open\n2,3\n' });
    const run = await runCli(["init", "--write"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^note: data\/broken\.csv: no schema drafted \(data\/broken\.csv.*\); the dataset is configured without one\.$/m,
    );
    expect(existsSync(join(dir, "data/broken.schema.yaml"))).toBe(false);
  });

  it("refuses a folder that does not exist, with exit 2", async () => {
    const run = await runCli(["init", "no-such-folder"], { cwd: tmpdir() });
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "slipway: no-such-folder: is not a folder. Give the repository's root folder.\n",
    });
  });
});
