/**
 * Reads and checks everything `package:` points at before any build starts: the model file(s),
 * the requirements, the smoke-test sample, a custom Dockerfile, and the data schemas whose digest
 * the image carries. Every problem is one InputError or ConfigError naming the file and key.
 * The only filesystem reads of packaging (the build context is written by stage-context.ts).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import type { PackageConfig } from "../config/schema.js";
import { ConfigError, InputError } from "../errors.js";
import type { Report } from "../report/types.js";
import { contentDigest } from "./digests.js";
import { parseSampleInput, type SampleInput } from "./sample-input.js";

export interface ModelFile {
  /** Absolute path. */
  path: string;
  /** Name inside the image's model/ folder. */
  name: string;
}

export interface PackageInputs {
  config: PackageConfig;
  /** The config file, for messages. */
  configFile: string;
  root: string;
  models: ModelFile[];
  modelDigest: string | null;
  /** Text of the requirements file, or null when none is configured. */
  requirements: string | null;
  sample: SampleInput | null;
  schemaDigest: string | null;
  metrics: Record<string, number> | null;
  modelPassed: boolean | null;
  /** framework: custom — the team's Dockerfile and context, absolute. */
  custom: { dockerfile: string; context: string } | null;
}

/** Model formats the generated server loads with joblib (which reads pickles too). */
export const MODEL_EXTENSIONS = [".joblib", ".pkl", ".pickle"] as const;

export function readPackageInputs(loaded: LoadedConfig, previous: Report | null): PackageInputs {
  const { config, file, root } = loaded;
  const pkg = config.package;
  if (!pkg) {
    throw new ConfigError(
      file,
      "package",
      "is missing: add a package: section with at least name and model (see README, Packaging).",
    );
  }
  const at = (path: string) => resolve(root, path);
  // Messages name files as the config does: relative to the repository root.
  const shown = (path: string) => relative(root, path) || path;

  const modelPaths = pkg.model === undefined ? [] : Array.isArray(pkg.model) ? pkg.model : [pkg.model];
  const models: ModelFile[] = [];
  for (const [index, path] of modelPaths.entries()) {
    const absolute = at(path);
    const key = Array.isArray(pkg.model) ? `package.model[${index}]` : "package.model";
    if (!existsSync(absolute) || !statSync(absolute).isFile()) {
      throw new InputError(
        shown(absolute),
        `model file not found (${key} in ${shown(file)}; paths are relative to the repository root ${root}). Train or download the model before packaging, or fix the path.`,
        { field: key },
      );
    }
    const name = basename(absolute);
    if (models.some((model) => model.name === name)) {
      throw new ConfigError(
        file,
        key,
        `two model files are named ${name}; they would overwrite each other in the image.`,
      );
    }
    models.push({ path: absolute, name });
  }

  let custom: PackageInputs["custom"] = null;
  if (pkg.framework === "sklearn") {
    const [first] = models;
    if (!first) {
      throw new ConfigError(
        file,
        "package.model",
        "is required for framework: sklearn (the .joblib or .pkl file to serve).",
      );
    }
    if (!MODEL_EXTENSIONS.some((extension) => first.name.toLowerCase().endsWith(extension))) {
      throw new InputError(
        shown(first.path),
        `is not a joblib/pickle file (${MODEL_EXTENSIONS.join(", ")}); framework: sklearn serves models saved with joblib.dump. For another format use framework: custom with your own Dockerfile.`,
        { field: "package.model" },
      );
    }
  } else {
    if (!pkg.dockerfile) {
      throw new ConfigError(
        file,
        "package.dockerfile",
        "is required for framework: custom (your Dockerfile).",
      );
    }
    const dockerfile = at(pkg.dockerfile);
    if (!existsSync(dockerfile)) {
      throw new InputError(shown(dockerfile), "Dockerfile not found (package.dockerfile).", {
        field: "package.dockerfile",
      });
    }
    const context = at(pkg.context);
    if (!existsSync(context) || !statSync(context).isDirectory()) {
      throw new InputError(shown(context), "build context folder not found (package.context).", {
        field: "package.context",
      });
    }
    custom = { dockerfile, context };
  }

  let requirements: string | null = null;
  if (pkg.requirements) {
    const path = at(pkg.requirements);
    if (!existsSync(path)) {
      throw new InputError(shown(path), "requirements file not found (package.requirements).", {
        field: "package.requirements",
      });
    }
    requirements = readFileSync(path, "utf8");
  }

  let sample: SampleInput | null = null;
  if (pkg.sample) {
    const path = at(pkg.sample);
    if (!existsSync(path)) {
      throw new InputError(shown(path), "sample input not found (package.sample).", {
        field: "package.sample",
      });
    }
    sample = parseSampleInput(readFileSync(path, "utf8"), shown(path));
  }

  // The data schemas the model was validated against; a missing one is validate-data's to report.
  const schemas = config.data.flatMap(({ name, schema }) =>
    schema && existsSync(at(schema)) ? [{ name, content: readFileSync(at(schema)) }] : [],
  );

  return {
    config: pkg,
    configFile: file,
    root,
    models,
    modelDigest: contentDigest(
      models.map((model) => ({ name: model.name, content: readFileSync(model.path) })),
    ),
    requirements,
    sample,
    schemaDigest: contentDigest(schemas),
    metrics: previous?.model ? previous.model.metrics : null,
    modelPassed: previous?.model ? previous.model.passed : null,
    custom,
  };
}
