/** The comment renderer's input and verdict: what the app, `slipway report render` and the actions give it. */
import type { Direction } from "../metric-direction.js";
import type { Report } from "../types.js";

/** Re-exported for the renderer's callers: one Direction, declared in metric-direction.ts. */
export type { Direction };

export interface CommentVariant {
  /** null for the artifact named plain `slipway-report`. */
  name: string | null;
  head: Report;
  /** The base branch's report for the same variant, when there is one. */
  base: Report | null;
}

export interface UnreadableReport {
  artifact: string;
  /** Why: may quote report content, so it is escaped when rendered. */
  message: string;
}

export interface TrendPoint {
  commit: string;
  value: number;
}

export interface CommentInput {
  workflow: string;
  run: { url: string; id: number; attempt: number };
  headSha: string;
  base: { ref: string; sha: string | null } | null;
  pullNumber?: number | null;
  variants: CommentVariant[];
  unreadable: UnreadableReport[];
  /** `model.primary` from .github/slipway.yml; else the first rule's metric, else the first metric. */
  primary?: string | null;
  /** `better:` per metric from .github/slipway.yml rules; else guessed from the name. */
  better?: Record<string, Direction | undefined>;
  /** The primary metric on the base branch, oldest first. */
  trend?: TrendPoint[];
  /** Problems to show under the verdict (a broken config); plain text, escaped here. */
  notices?: string[];
  /** A hidden first line (the app's marker to find its comment again). */
  marker?: string;
  limit?: number;
}

export interface CommentVerdict {
  kind: "passed" | "failed" | "unverified" | "empty";
  conclusion: "success" | "failure" | "neutral";
  /** One plain-text line (a check run's title). */
  title: string;
}
