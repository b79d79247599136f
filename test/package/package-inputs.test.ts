import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "@jest/globals";
import { stringify } from "yaml";
import { loadConfig } from "../../src/config/load-config.js";
import { ConfigError, InputError } from "../../src/errors.js";
import { readPackageInputs } from "../../src/package/package-inputs.js";

/** A repository with the given files and a .github/slipway.yml holding `config`. */
function repo(config: unknown, files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "slipway-inputs-"));
  mkdirSync(join(root, ".github"));
  writeFileSync(join(root, ".github", "slipway.yml"), stringify(config));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

function failure(root: string): Error {
  try {
    readPackageInputs(loadConfig({ cwd: root }), null);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected readPackageInputs to throw");
}

const model = { "models/model.joblib": Buffer.from([128, 4, 149]) };

describe("readPackageInputs", () => {
  it("reads the model, requirements, sample and the schemas' digest", () => {
    const root = repo(
      {
        data: [{ name: "train", path: "data/train.csv", schema: "data/train.schema.yaml" }],
        package: { name: "m", model: "models/model.joblib", requirements: "req.txt", sample: "sample.json" },
      },
      {
        ...model,
        "req.txt": "joblib\n",
        "sample.json": "[[1, 2]]",
        "data/train.schema.yaml": "fields: []\n",
      },
    );
    const inputs = readPackageInputs(loadConfig({ cwd: root }), null);
    expect(inputs.models).toEqual([{ path: join(root, "models/model.joblib"), name: "model.joblib" }]);
    expect(inputs.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(inputs.requirements).toBe("joblib\n");
    expect(inputs.sample).toMatchObject({ file: "sample.json", rows: 1 });
    expect(inputs.schemaDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(inputs.metrics).toBeNull();
  });

  it("takes metrics and the verdict from the report's model part", () => {
    const root = repo({ package: { name: "m", model: "models/model.joblib" } }, model);
    const inputs = readPackageInputs(loadConfig({ cwd: root }), {
      model: { metrics: { auc: 0.9 }, passed: false },
    } as never);
    expect(inputs).toMatchObject({ metrics: { auc: 0.9 }, modelPassed: false });
  });

  it("model file missing: names the file and the key", () => {
    const error = failure(repo({ package: { name: "m", model: "models/missing.joblib" } }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/^models\/missing\.joblib: field "package\.model": model file not found/);
  });

  it("a model that is not a joblib/pickle file, for framework: sklearn", () => {
    const error = failure(
      repo({ package: { name: "m", model: "models/model.onnx" } }, { "models/model.onnx": "x" }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain("is not a joblib/pickle file");
  });

  it("no model for framework: sklearn", () => {
    const error = failure(repo({ package: { name: "m" } }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("package.model: is required for framework: sklearn");
  });

  it("no package: section", () => {
    const error = failure(repo({ version: 1 }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("package: is missing");
  });

  it.each([
    [
      "requirements",
      { requirements: "nope.txt" },
      'nope.txt: field "package.requirements": requirements file not found',
    ],
    ["sample", { sample: "nope.json" }, 'nope.json: field "package.sample": sample input not found'],
  ])("%s file missing", (_, extra, message) => {
    const error = failure(repo({ package: { name: "m", model: "models/model.joblib", ...extra } }, model));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it("framework: custom needs its Dockerfile", () => {
    expect(failure(repo({ package: { name: "m", framework: "custom" } })).message).toContain(
      "package.dockerfile: is required for framework: custom",
    );
    const error = failure(repo({ package: { name: "m", framework: "custom", dockerfile: "Containerfile" } }));
    expect(error.message).toMatch(/^Containerfile: field "package\.dockerfile": Dockerfile not found/);
  });

  it("two model files with the same name", () => {
    const root = repo(
      { package: { name: "m", model: ["a/model.joblib", "b/model.joblib"] } },
      {
        "a/model.joblib": "1",
        "b/model.joblib": "2",
      },
    );
    expect(failure(root).message).toContain("package.model[1]: two model files are named model.joblib");
  });
});
