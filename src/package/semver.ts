/**
 * The one thing we need from semver: is a release tag a semantic version, and its parts. The
 * pattern is semver.org's own (with the leading "v" that node-semver's `valid` also accepts); a
 * regular expression instead of the `semver` package because nothing else here needs it.
 */
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface Semver {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | null;
  /** major.minor.patch[-prerelease], without build metadata, as node-semver's `version`. */
  version: string;
}

export function parseSemver(text: string): Semver | null {
  const match = SEMVER.exec(text.trim());
  if (!match) return null;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const prerelease = match[4] ?? null;
  return {
    major,
    minor,
    patch,
    prerelease,
    version: `${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}`,
  };
}
