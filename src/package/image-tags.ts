/**
 * Image tags as docker/metadata-action computes them with
 *   type=semver,pattern={{version}} / {{major}}.{{minor}} / {{major}}, type=ref,event=branch,
 *   type=ref,event=pr, type=raw (the step's extra tags), type=sha
 * and flavor latest=auto: ordered by the action's priorities (semver 900, ref 600, raw 200,
 * sha 100), the first one is the image's version, invalid characters become "-", and a release
 * tag that is a non-prerelease semver adds `latest`. `{{major}}` is left out for 0.x versions, as
 * the action's README recommends (0.x releases promise no compatibility within a major).
 */
import { parseSemver } from "./semver.js";

export interface ImageTagsInput {
  /** Repository, e.g. ghcr.io/acme/churn-model (lower-cased, as the action does). */
  image: string;
  ref: string | null;
  sha: string | null;
  /** Extra tags (type=raw), e.g. from the step's `tags` input. */
  extra?: readonly string[];
}

export interface ImageTags {
  image: string;
  /** The first tag by priority: org.opencontainers.image.version. Null when there is none. */
  version: string | null;
  /** Tag names, highest priority first. */
  names: string[];
  /** Full references image:tag, in the same order. */
  references: string[];
}

const SHORT_SHA = 7;

export function imageTags(input: ImageTagsInput): ImageTags {
  const ref = input.ref ?? "";
  const candidates: { value: string; latest: boolean }[] = [];
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1];
  if (tag !== undefined) {
    const semver = parseSemver(tag.replace(/\//g, "-"));
    if (semver) {
      if (semver.prerelease) {
        // Every pattern of a prerelease is its {{version}}, and it never gets latest.
        candidates.push({ value: semver.version, latest: false });
      } else {
        candidates.push({ value: semver.version, latest: true });
        candidates.push({ value: `${semver.major}.${semver.minor}`, latest: true });
        if (semver.major > 0) candidates.push({ value: `${semver.major}`, latest: true });
      }
    }
  }
  const branch = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
  if (branch !== undefined) candidates.push({ value: branch, latest: false });
  const pr = /^refs\/pull\/(.+?)(?:\/merge|\/head)?$/.exec(ref)?.[1];
  if (pr !== undefined) candidates.push({ value: `pr-${pr}`, latest: false });
  for (const raw of input.extra ?? []) {
    if (raw.trim()) candidates.push({ value: raw.trim(), latest: false });
  }
  if (input.sha) candidates.push({ value: `sha-${input.sha.slice(0, SHORT_SHA)}`, latest: false });

  const names: string[] = [];
  let latest: boolean | undefined;
  for (const candidate of candidates) {
    const name = sanitizeTag(candidate.value);
    if (!name) continue;
    if (!names.includes(name)) names.push(name);
    // The action takes "latest" from the first (highest-priority) tag only.
    latest ??= candidate.latest;
  }
  if (latest && !names.includes("latest")) names.push("latest");
  const image = input.image.toLowerCase();
  return {
    image,
    version: names[0] ?? null,
    names,
    references: names.map((name) => `${image}:${name}`),
  };
}

/** Docker tags allow [A-Za-z0-9_.-], at most 128 characters, not starting with "." or "-". */
export function sanitizeTag(value: string): string {
  return value
    .replace(/[^a-zA-Z0-9._-]+/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 128);
}
