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
