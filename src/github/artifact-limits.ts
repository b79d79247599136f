/**
 * Bounds on what the app downloads and unpacks from a run's artifacts. A fork controls those
 * artifacts, so each limit stops a different bomb: a huge download, a small zip that inflates to
 * gigabytes, a zip of a million entries.
 */
export interface ArtifactLimits {
  /** Largest artifact (zip) downloaded, as GitHub reports it and as counted while reading. */
  maxZipBytes: number;
  /** Largest total of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Largest slipway-report.json. */
  maxReportBytes: number;
  maxEntries: number;
  /** Report artifacts (variants) read from one run; more are named as not read. */
  maxArtifacts: number;
}

export const DEFAULT_LIMITS: ArtifactLimits = {
  maxZipBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxReportBytes: 16 * 1024 * 1024,
  maxEntries: 100,
  maxArtifacts: 20,
};
