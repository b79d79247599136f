/**
 * The package part of a run: find a builder, make sure the images the build starts FROM can be
 * had, then packageModel — the same domain entry as `slipway package`. What this machine lacks
 * (a builder, registry access) is returned as a skip with the reason; everything else packageModel
 * says (a missing model file, requirements that do not install) is thrown, as `slipway package` does.
 */
import { readFileSync } from "node:fs";
import type { LoadedConfig } from "../config/load-config.js";
import type { Builder, BuilderName } from "../package/builders/builder.js";
import type { DetectOptions } from "../package/builders/detect-builder.js";
import { PackageError } from "../package/errors.js";
import type { GitFacts } from "../package/git-facts.js";
import { readPackageInputs } from "../package/package-inputs.js";
import { type PackageOutcome, packageModel } from "../package/package-model.js";
import { planPackage } from "../package/plan-package.js";
import { credentialsFromEnv } from "../package/registry-credentials.js";
import { CONTEXT } from "../package/serving/dockerfile.js";
import type { Report } from "../report/types.js";
import { dockerfileBaseImages, type EnsureImages } from "./base-images.js";

export type BuilderPlan =
  | { kind: "ready"; builder: Builder }
  | { kind: "missing"; reason: string; next: string; detail: string };

/** The builder `--builder` names, else the first that works; none is a skip, a named one that fails is an error. */
export async function prepareBuilder(
  detect: (options: DetectOptions) => Promise<Builder>,
  env: NodeJS.ProcessEnv,
  force: BuilderName | null,
): Promise<BuilderPlan> {
  try {
    return { kind: "ready", builder: await detect({ env, force }) };
  } catch (error) {
    if (error instanceof PackageError && error.reason === "no-builder" && !force) {
      return {
        kind: "missing",
        reason: "no container builder here (looked for docker with buildx, buildah and podman)",
        next: "Install one to build the image (Docker: https://docs.docker.com/engine/install/; Debian/Ubuntu: sudo apt-get install buildah), or pass --skip package.",
        detail: error.message,
      };
    }
    throw error;
  }
}

export interface PackagePartOptions {
  loaded: LoadedConfig;
  builder: Builder;
  git: GitFacts;
  now: Date;
  /** The run's report so far: its model metrics become image labels. */
  previous: Report;
  push: boolean;
  env: NodeJS.ProcessEnv;
  ensureImages: EnsureImages;
  onProgress: (line: string) => void;
  onBuildOutput?: (text: string) => void;
}

export type PackagePartResult =
  | { kind: "packaged"; outcome: PackageOutcome }
  | { kind: "cannot-pull"; reason: string; next: string };

export async function runPackagePart(options: PackagePartOptions): Promise<PackagePartResult> {
  const { loaded, builder } = options;
  // The same inputs and plan packageModel makes, read first to learn the images it builds FROM.
  const inputs = readPackageInputs(loaded, options.previous);
  const plan = planPackage(inputs, { git: options.git, now: options.now });
  let dockerfile: string | undefined;
  if (plan.context.kind === "custom") dockerfile = readFileSync(plan.context.dockerfile, "utf8");
  else {
    const file = plan.context.files.find((candidate) => candidate.path === CONTEXT.dockerfile);
    dockerfile = file && "content" in file ? file.content : undefined;
  }
  const images = dockerfile ? dockerfileBaseImages(dockerfile) : [];
  const check = await options.ensureImages(builder.name, images, {
    env: options.env,
    onProgress: options.onProgress,
  });
  if (!check.ready) {
    return {
      kind: "cannot-pull",
      reason: `${builder.name} cannot get the base image ${check.image} (${check.detail.replace(/\s+/g, " ").trim()})`,
      next: `Connect to its registry (or \`${builder.name} pull ${check.image}\` once online), set package.base-image to an image you have, or pass --skip package.`,
    };
  }
  const outcome = await packageModel({
    loaded,
    builder,
    git: options.git,
    now: options.now,
    previous: options.previous,
    push: options.push,
    credentials: credentialsFromEnv(options.env),
    onProgress: options.onProgress,
    ...(options.onBuildOutput ? { onBuildOutput: options.onBuildOutput } : {}),
  });
  return { kind: "packaged", outcome };
}
