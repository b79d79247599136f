import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@jest/globals";
import type { LoadedConfig } from "../../src/config/load-config.js";
import { parseConfig } from "../../src/config/parse-config.js";
import { ConfigError } from "../../src/errors.js";
import { checkConfigFiles, findMissingFiles } from "../../src/run/check-config-files.js";

const root = mkdtempSync(join(tmpdir(), "slipway-config-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const file of ["data/a.csv", "data/parts/p1.csv", "data/a.schema.yaml", "params.yaml", "serve.txt"]) {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), "x\n");
}

function loaded(yaml: string): LoadedConfig {
  const file = join(root, ".github", "slipway.yml");
  const result = parseConfig(yaml, file);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return { config: result.config, file, root, warnings: [] };
}

describe("findMissingFiles", () => {
  it("finds nothing missing when every input exists (outputs such as metrics and the model are not inputs)", () => {
    const config = loaded(`
data:
  - { name: a, path: data/a.csv, schema: data/a.schema.yaml }
  - { name: parts, path: "data/parts/*.csv" }
model: { metrics: [metrics.json], params: [params.yaml], evaluate: python e.py }
package: { name: m, model: models/model.joblib, requirements: serve.txt }
`);
    expect(findMissingFiles(config)).toEqual([]);
  });

  it("names each missing input with its key", () => {
    const config = loaded(`
data:
  - { name: a, path: data/b.csv, schema: data/b.schema.yaml, reference: data/ref.csv }
  - { name: parts, path: "data/none/*.csv" }
model: { params: [params.yaml, params-extra.yaml], baseline: { report: base.json } }
package: { name: m, framework: custom, dockerfile: Dockerfile, context: app, sample: sample.json, requirements: serve.txt }
`);
    expect(findMissingFiles(config)).toEqual([
      { keyPath: "data[0].path", path: "data/b.csv", kind: "file" },
      { keyPath: "data[0].schema", path: "data/b.schema.yaml", kind: "file" },
      { keyPath: "data[0].reference", path: "data/ref.csv", kind: "file" },
      { keyPath: "data[1].path", path: "data/none/*.csv", kind: "glob" },
      { keyPath: "model.params[1]", path: "params-extra.yaml", kind: "file" },
      { keyPath: "model.baseline.report", path: "base.json", kind: "file" },
      { keyPath: "package.sample", path: "sample.json", kind: "file" },
      { keyPath: "package.dockerfile", path: "Dockerfile", kind: "file" },
      { keyPath: "package.context", path: "app", kind: "folder" },
    ]);
  });
});

describe("checkConfigFiles", () => {
  it("one missing file: the config file, the key, the path and what to do", () => {
    const check = () =>
      checkConfigFiles(loaded("data: [{ name: a, path: data/a.csv, schema: data/missing.yaml }]"));
    expect(check).toThrow(ConfigError);
    expect(check).toThrow(
      `${join(root, ".github", "slipway.yml")}: data[0].schema: data/missing.yaml does not exist. Paths are relative to the repository root (${root}, the folder that holds .github/). Fix the paths or add the files; \`slipway infer-schema DATA -o SCHEMA\` drafts a missing schema.`,
    );
  });

  it("several: all of them at once, one per line", () => {
    const check = () =>
      checkConfigFiles(loaded("data: [{ name: a, path: data/x.csv, reference: data/y.csv }]"));
    expect(check).toThrow(
      "2 files it names do not exist:\n  data[0].path: data/x.csv does not exist\n  data[0].reference: data/y.csv does not exist\n",
    );
  });

  it("passes quietly when all exist", () => {
    expect(() => checkConfigFiles(loaded("data: [{ name: a, path: data/a.csv }]"))).not.toThrow();
  });
});
