/**
 * Turns the checked inputs and the git facts into what to build: the image name and tags, the
 * labels, and the build context — generated (Dockerfile, .dockerignore, requirements, server,
 * model, metadata) for scikit-learn models, or the team's own Dockerfile and folder. Pure.
 */
import type { GitFacts } from "./git-facts.js";
import { imageLabels } from "./image-labels.js";
import { type ImageTags, imageTags } from "./image-tags.js";
import type { PackageInputs } from "./package-inputs.js";
import type { SampleInput } from "./sample-input.js";
import { CONTEXT, DOCKERIGNORE, renderDockerfile } from "./serving/dockerfile.js";
import { SERVER_PY } from "./serving/server-py.js";

/** A file of the build context: written from `content`, or copied from `source`. */
export type ContextFile = { path: string; content: string } | { path: string; source: string };

export type BuildContext =
  | { kind: "generated"; files: ContextFile[] }
  | { kind: "custom"; dir: string; dockerfile: string };

export interface PackagePlan {
  name: string;
  framework: string;
  tags: ImageTags;
  labels: Record<string, string>;
  context: BuildContext;
  sample: SampleInput | null;
  /** What GET /metadata serves (generated images). */
  metadata: ModelMetadata | null;
}

export interface ModelMetadata {
  name: string;
  version: string | null;
  framework: string;
  model_file: string;
  model_digest: string | null;
  metrics: Record<string, number> | null;
  data_schema_digest: string | null;
  revision: string | null;
  source: string | null;
}

export interface PlanOptions {
  git: GitFacts;
  now: Date;
  /** Extra tags (the step's `tags` input, `--tag`). */
  extraTags?: readonly string[];
}

export function planPackage(inputs: PackageInputs, options: PlanOptions): PackagePlan {
  const pkg = inputs.config;
  const tags = imageTags({
    image: pkg.image ?? `localhost/${slug(pkg.name)}`,
    ref: options.git.ref,
    sha: options.git.sha,
    extra: options.extraTags ?? [],
  });
  // A build with neither git facts nor extra tags still needs a name to run and push.
  if (tags.names.length === 0) {
    tags.names.push("dev");
    tags.references.push(`${tags.image}:dev`);
  }
  const labels = imageLabels({
    name: pkg.name,
    framework: pkg.framework,
    git: options.git,
    version: tags.version,
    now: options.now,
    modelDigest: inputs.modelDigest,
    metrics: inputs.metrics,
    modelPassed: inputs.modelPassed,
    schemaDigest: inputs.schemaDigest,
    extra: pkg.labels,
  });

  if (inputs.custom) {
    return {
      name: pkg.name,
      framework: pkg.framework,
      tags,
      labels,
      context: { kind: "custom", dir: inputs.custom.context, dockerfile: inputs.custom.dockerfile },
      sample: inputs.sample,
      metadata: null,
    };
  }

  // Not custom, so framework: sklearn, which readPackageInputs() refuses without a model file.
  const [model] = inputs.models;
  if (!model)
    throw new Error(`package ${pkg.name} has no model file to serve, which framework: sklearn needs`);
  const metadata: ModelMetadata = {
    name: pkg.name,
    version: tags.version,
    framework: pkg.framework,
    model_file: model.name,
    model_digest: inputs.modelDigest,
    metrics: inputs.metrics,
    data_schema_digest: inputs.schemaDigest,
    revision: options.git.sha,
    source: options.git.repositoryUrl,
  };
  const baseImage = pkg["base-image"] ?? `docker.io/library/python:${pkg.python}-slim`;
  const requirements =
    inputs.requirements ?? "# No serving requirements beyond the base image (package.requirements).\n";
  const metadataJson = `${JSON.stringify(metadata, null, 2)}\n`;
  const files: ContextFile[] = [
    {
      path: CONTEXT.dockerfile,
      content: renderDockerfile({
        baseImage,
        buildImage: pkg["build-image"] ?? baseImage,
        port: pkg.port,
        labels,
      }),
    },
    { path: CONTEXT.dockerignore, content: DOCKERIGNORE },
    { path: CONTEXT.requirements, content: requirements },
    { path: CONTEXT.server, content: SERVER_PY },
    ...inputs.models.map((model) => ({ path: `${CONTEXT.model}/${model.name}`, source: model.path })),
    { path: CONTEXT.metadata, content: metadataJson },
  ];
  return {
    name: pkg.name,
    framework: pkg.framework,
    tags,
    labels,
    context: { kind: "generated", files },
    sample: inputs.sample,
    metadata,
  };
}

/** An image name component: lower-case [a-z0-9], separated by ".", "_" or "-". */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "") || "model"
  );
}
