/**
 * Turns what the app's handler, the comment step or a local run (src/run/local-comment.ts)
 * gathered — the run's reports, the base branch's stored reports, the base branch's metrics
 * history, the settings — into the renderer's input. Pure, so the pairing of
 * variants with their baselines and the trend's values are tested without GitHub.
 */
import type { Config } from "../config/index.js";
import {
  type CommentInput,
  type CommentVariant,
  type Direction,
  metricDirection,
  pickPrimary,
  type TrendPoint,
} from "./markdown/render-comment.js";
import type { Report } from "./types.js";

/** A base-branch report of one variant ("" for the plain report). */
export interface VariantReport {
  variant: string;
  report: Report;
}

/** One variant's metrics at one base-branch commit, for the trend. */
export interface MetricsAtCommit {
  commit: string;
  variant: string;
  metrics: Record<string, number>;
}

export interface GatheredRun {
  workflow: string;
  run: { url: string; id: number; attempt: number };
  headSha: string;
  heads: Array<{ variant: string; report: Report }>;
  unreadable: Array<{ artifact: string; message: string }>;
  /** The pull request compared against; a local run in a pull request knows only the base branch's name. */
  pull: { number: number | null; baseRef: string; baseSha: string | null } | null;
  bases: VariantReport[];
  history: MetricsAtCommit[];
  config: Config;
  notices: string[];
}

export function commentInput(gathered: GatheredRun): CommentInput {
  const variants: CommentVariant[] = gathered.heads.map(({ variant, report }) => ({
    name: variant || null,
    head: report,
    base: baseFor(variant, gathered.bases),
  }));
  const better: Record<string, Direction | undefined> = {};
  for (const [metric, rule] of Object.entries(gathered.config.model?.rules ?? {}))
    better[metric] = rule.better;
  const primary = pickPrimary({ primary: gathered.config.model?.primary ?? null, variants });
  const reported = variants.find((v) => v.head.model?.directions)?.head.model?.directions;
  const direction = primary ? metricDirection(primary, better[primary], reported?.[primary]) : "higher";
  const pull = gathered.pull;
  return {
    workflow: gathered.workflow,
    run: gathered.run,
    headSha: gathered.headSha,
    base: pull ? { ref: pull.baseRef, sha: pull.baseSha } : null,
    pullNumber: pull?.number ?? null,
    variants,
    unreadable: gathered.unreadable,
    primary,
    better,
    trend: primary
      ? trendPoints(
          gathered.history,
          primary,
          direction,
          variants.length > 1 ? null : (variants[0]?.name ?? ""),
        )
      : [],
    notices: gathered.notices,
  };
}

/** The same variant on the base branch, else its default report, else its only one. */
export function baseFor(variant: string, bases: VariantReport[]): Report | null {
  const match =
    bases.find((base) => base.variant === variant) ??
    bases.find((base) => base.variant === "") ??
    (bases.length === 1 ? bases[0] : undefined);
  return match?.report ?? null;
}

/**
 * One value per base-branch commit: the named variant's, else the best of that commit's variants
 * (what the "best" marker would have picked then). Commits without the metric are left out.
 */
export function trendPoints(
  history: MetricsAtCommit[],
  primary: string,
  direction: Direction,
  variant: string | null,
): TrendPoint[] {
  const byCommit = new Map<string, MetricsAtCommit[]>();
  for (const row of history) byCommit.set(row.commit, [...(byCommit.get(row.commit) ?? []), row]);
  const points: TrendPoint[] = [];
  for (const [commit, rows] of byCommit) {
    const values = rows
      .filter((row) => variant === null || row.variant === variant || rows.length === 1)
      .map((row) => row.metrics[primary])
      .filter((value): value is number => typeof value === "number" && Number.isFinite(value));
    if (values.length === 0) continue;
    points.push({ commit, value: direction === "higher" ? Math.max(...values) : Math.min(...values) });
  }
  return points;
}
