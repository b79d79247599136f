/**
 * `slipway package` and the package-model step: check the inputs, plan, build, inspect, smoke-test
 * and (when asked, and only when the smoke test passed) push. Returns the PackageReport and what
 * a summary needs; throws for "could not run" (exit 2). A failed smoke test is a result, not an
 * error: the caller writes the report and ends with 1.
 */
import { rmSync } from "node:fs";
import { relative } from "node:path";
import type { LoadedConfig } from "../config/load-config.js";
import { InputError } from "../errors.js";
import type { PackageReport, Report } from "../report/types.js";
import type { Builder, ImageFacts, RegistryCredentials } from "./builders/builder.js";
import { tail } from "./builders/builder.js";
import { PackageError } from "./errors.js";
import type { GitFacts } from "./git-facts.js";
import { type PackageInputs, readPackageInputs } from "./package-inputs.js";
import { type PackagePlan, planPackage } from "./plan-package.js";
import { DEPENDENCIES_MARKER } from "./serving/dockerfile.js";
import { runSmokeTest, type SmokeOutcome } from "./smoke-test.js";
import { stageContext } from "./stage-context.js";

export interface PackageModelOptions {
  loaded: LoadedConfig;
  builder: Builder;
  git: GitFacts;
  now: Date;
  /** The report earlier steps wrote (its model metrics become labels). */
  previous: Report | null;
  push: boolean;
  extraTags?: readonly string[];
  credentials?: RegistryCredentials | null;
  /** Default true. */
  smoke?: boolean;
  smokeTimeoutMs?: number;
  noCache?: boolean;
  /** Stage the generated context here and keep it (default: a temporary folder, removed after). */
  contextDir?: string;
  onProgress?: (line: string) => void;
  onBuildOutput?: (text: string) => void;
}

export interface PackageOutcome {
  report: PackageReport;
  plan: PackagePlan;
  image: ImageFacts;
  smoke: SmokeOutcome | null;
  pushed: { reference: string; digest: string }[];
  /** The smoke test passed or was not run. */
  passed: boolean;
  buildSeconds: number;
}

/** How much of a failed container's log the report keeps. */
const LOG_LIMIT = 8000;

export async function packageModel(options: PackageModelOptions): Promise<PackageOutcome> {
  const progress = options.onProgress ?? (() => {});
  const inputs = readPackageInputs(options.loaded, options.previous);
  const plan = planPackage(inputs, {
    git: options.git,
    now: options.now,
    ...(options.extraTags ? { extraTags: options.extraTags } : {}),
  });
  const staged = stageContext(plan.context, options.contextDir);
  const temporary = plan.context.kind === "generated" && !options.contextDir;

  let imageId: string;
  const buildStarted = performance.now();
  try {
    progress(`Building ${plan.tags.references[0]} with ${options.builder.name}…`);
    const built = await options.builder.build({
      contextDir: staged.dir,
      dockerfile: staged.dockerfile,
      tags: plan.tags.references,
      // A generated Dockerfile carries the labels itself (one LABEL step); a team's gets them as flags.
      labels: plan.context.kind === "custom" ? plan.labels : {},
      ...(options.noCache ? { noCache: true } : {}),
      ...(options.onBuildOutput ? { onOutput: options.onBuildOutput } : {}),
    });
    imageId = built.imageId;
  } catch (error) {
    throw explainBuildFailure(error, options, inputs, plan);
  } finally {
    if (temporary) rmSync(staged.dir, { recursive: true, force: true });
  }
  const buildSeconds = round((performance.now() - buildStarted) / 1000);

  const image = await options.builder.inspect(imageId);
  let smoke: SmokeOutcome | null = null;
  if (options.smoke ?? true) {
    progress(`Smoke test: running ${plan.tags.references[0]}…`);
    smoke = await runSmokeTest({
      builder: options.builder,
      image: imageId,
      sample: plan.sample,
      metadata: plan.context.kind === "generated",
      ...(options.smokeTimeoutMs ? { timeoutMs: options.smokeTimeoutMs } : {}),
    });
    progress(`Smoke test ${smoke.passed ? "passed" : "failed"}: ${smoke.message}`);
  }

  const report: PackageReport = {
    image: plan.tags.image,
    tags: plan.tags.references,
    digest: null,
    size_bytes: image.sizeBytes,
    labels: plan.labels,
    smoke: smoke
      ? {
          passed: smoke.passed,
          seconds: smoke.seconds,
          latency_ms: smoke.latencyMs,
          rows: smoke.rows,
          message: smoke.message,
          ...(smoke.passed ? {} : { log: smoke.log.slice(-LOG_LIMIT) }),
        }
      : null,
    builder: options.builder.name,
    version: plan.tags.version,
    layers: image.layers.map((layer) => ({ size_bytes: layer.sizeBytes, created_by: layer.createdBy })),
    pushed: false,
    build_seconds: buildSeconds,
  };
  const passed = smoke?.passed ?? true;
  const pushed: { reference: string; digest: string }[] = [];
  if (options.push && passed) {
    for (const reference of plan.tags.references) {
      progress(`Pushing ${reference}…`);
      try {
        const { digest } = await options.builder.push(imageId, reference, {
          credentials: options.credentials ?? null,
        });
        pushed.push({ reference, digest });
      } catch (error) {
        if (error instanceof PackageError) {
          throw new PackageError(
            error.reason,
            error.message,
            { ...report, digest: pushed[0]?.digest ?? null },
            {
              cause: error,
            },
          );
        }
        throw error;
      }
    }
    report.digest = pushed[0]?.digest ?? null;
    report.pushed = true;
  }
  return { report, plan, image, smoke, pushed, passed, buildSeconds };
}

/**
 * A failure in the dependency stage is the requirements file's: say so, with pip's own errors.
 * The builder names the failing step in its last lines (buildah: `error building at STEP "RUN …"`,
 * docker: `process "/bin/sh -c …" did not complete`), and only our pip step has the marker.
 */
function explainBuildFailure(
  error: unknown,
  options: PackageModelOptions,
  inputs: PackageInputs,
  plan: PackagePlan,
): unknown {
  if (
    !(error instanceof PackageError) ||
    error.reason !== "build-failed" ||
    plan.context.kind !== "generated"
  ) {
    return error;
  }
  const output = error.output ?? "";
  if (!tail(output, 6).includes(DEPENDENCIES_MARKER)) return error;
  const pkg = inputs.config;
  const pipErrors = output
    .split("\n")
    .filter((line) => /^\s*ERROR:/.test(line))
    .join("\n");
  const file = pkg.requirements
    ? relative(options.loaded.root, `${options.loaded.root}/${pkg.requirements}`)
    : "package.requirements (none: the build image's pip failed)";
  return new InputError(
    file,
    `could not be installed (${options.builder.name}, in the image's dependency stage):\n${pipErrors || tail(output, 15)}`,
    { field: "package.requirements" },
    { cause: error },
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
