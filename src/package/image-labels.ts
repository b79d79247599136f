/**
 * Image labels: the eight org.opencontainers.image.* labels docker/metadata-action sets (empty
 * when unknown, as it does), then Slipway's dev.slipway.* evidence, then the config's own labels
 * (which win). Sorted by key, as the action sorts them. Pure: `now` and every fact are passed in.
 */
import type { GitFacts } from "./git-facts.js";

export interface ImageLabelsInput {
  name: string;
  framework: string;
  git: GitFacts;
  /** The image's version (the first tag); the model's version too. */
  version: string | null;
  now: Date;
  /** sha256:… of the model artifact(s). */
  modelDigest: string | null;
  /** The model part of slipway-report.json, when an earlier step wrote one. */
  metrics: Record<string, number> | null;
  modelPassed: boolean | null;
  /** sha256:… over the datasets' schema files. */
  schemaDigest: string | null;
  extra: Record<string, string>;
}

export const LABEL = {
  modelName: "dev.slipway.model.name",
  modelVersion: "dev.slipway.model.version",
  framework: "dev.slipway.model.framework",
  modelDigest: "dev.slipway.model.digest",
  modelPassed: "dev.slipway.model.passed",
  metrics: "dev.slipway.model.metrics",
  schemaDigest: "dev.slipway.data.schema-digest",
} as const;

export function imageLabels(input: ImageLabelsInput): Record<string, string> {
  const labels: Record<string, string> = {
    "org.opencontainers.image.title": input.name,
    "org.opencontainers.image.description": input.git.description ?? "",
    "org.opencontainers.image.url": input.git.repositoryUrl ?? "",
    "org.opencontainers.image.source": input.git.repositoryUrl ?? "",
    "org.opencontainers.image.version": input.version ?? "",
    "org.opencontainers.image.created": input.now.toISOString(),
    "org.opencontainers.image.revision": input.git.sha ?? "",
    "org.opencontainers.image.licenses": input.git.license ?? "",
    [LABEL.modelName]: input.name,
    [LABEL.modelVersion]: input.version ?? "",
    [LABEL.framework]: input.framework,
  };
  if (input.modelDigest) labels[LABEL.modelDigest] = input.modelDigest;
  if (input.modelPassed !== null) labels[LABEL.modelPassed] = String(input.modelPassed);
  // One JSON label rather than one label per metric: metric names such as recall[region=eu]
  // contain "=", which `--label key=value` cannot carry in a key.
  if (input.metrics && Object.keys(input.metrics).length > 0) {
    labels[LABEL.metrics] = JSON.stringify(sortKeys(input.metrics));
  }
  if (input.schemaDigest) labels[LABEL.schemaDigest] = input.schemaDigest;
  Object.assign(labels, input.extra);
  return sortKeys(labels);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
