import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";

describe("slipway infer-schema", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-cli-infer-"));
  writeFileSync(join(dir, "d.csv"), "a,b\n1,x\n2,y\n3,x\n4,y\n");

  it("prints a YAML schema with a note to review it", async () => {
    const run = await runCli(["infer-schema", "d.csv"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Drafted by `slipway infer-schema d.csv`/);
    expect(parse(run.stdout).fields.map((f: { type: string }) => f.type)).toEqual(["integer", "string"]);
  });

  it("writes --output once and refuses to overwrite a person's edits without --force", async () => {
    expect((await runCli(["infer-schema", "d.csv", "-o", "s.yaml"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "s.yaml"), "# edited by hand\n");
    const again = await runCli(["infer-schema", "d.csv", "-o", "s.yaml"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/s\.yaml: already exists.*--force/);
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toBe("# edited by hand\n");
    expect((await runCli(["infer-schema", "d.csv", "-o", "s.yaml", "--force"], { cwd: dir })).code).toBe(0);
  });

  it("says a missing file plainly, with exit 2 and no stack trace", async () => {
    const run = await runCli(["infer-schema", "nope.csv"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "slipway: nope.csv: file not found. Check the path (relative paths start in the current folder or the repository root).\n",
    );
  });
});

describe("slipway infer-schema --margin", () => {
  const dir = mkdtempSync(join(tmpdir(), "slipway-cli-margin-"));
  // A column as pandas writes floats: a value carrying float noise.
  writeFileSync(join(dir, "m.csv"), "score\n0.5\n0.75\n0.9900700000000001\n");
  const bounds = async (...flags: string[]) => {
    const run = await runCli(["infer-schema", "m.csv", ...flags], { cwd: dir });
    expect(run.code).toBe(0);
    return { text: run.stdout, constraints: parse(run.stdout).fields[0].constraints };
  };

  it("by default widens by half the range, never below zero, rounded outward to 2 significant digits", async () => {
    const { text, constraints } = await bounds();
    expect(constraints).toEqual({ required: true, minimum: 0.25, maximum: 1.3 });
    expect(text).not.toContain("0.9900700000000001");
    expect(text).toContain(
      "# The bounds are the observed range widened by 50% of it on each side (never across zero) and rounded outward to 2 significant digits.",
    );
  });

  it.each<[string, { minimum: number; maximum: number }]>([
    ["0", { minimum: 0.5, maximum: 0.9900700000000001 }],
    ["2", { minimum: 0.5, maximum: 1 }],
    ["4", { minimum: 0.5, maximum: 0.9901 }],
    ["10%", { minimum: 0.45, maximum: 1.1 }],
  ])("--margin %s", async (margin, expected) => {
    expect((await bounds("--margin", margin)).constraints).toMatchObject(expected);
  });

  it("refuses a margin it cannot read, with exit 2 and the forms it takes", async () => {
    const run = await runCli(["infer-schema", "m.csv", "--margin", "lots"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'slipway: --margin: must be 0 (the exact observed range), a share of the range such as "50%" (the default), or a number of significant digits such as 2, not "lots".\n',
    );
  });
});
