/** The renderComment input the comment tests vary: one default run against main, and a variant builder. */
import type { CommentInput, CommentVariant } from "../../../src/report/markdown/render-comment.js";
import type { Report } from "../../../src/report/types.js";
import { buildReport } from "../../app/helpers/build-report.js";

export const HEAD = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";
export const BASE = "0f1e2d3c4b5a69788796a5b4c3d2e1f001234567";

export function input(overrides: Partial<CommentInput> = {}): CommentInput {
  return {
    workflow: "ml",
    run: { url: "https://github.com/acme/churn/actions/runs/77", id: 77, attempt: 1 },
    headSha: HEAD,
    base: { ref: "main", sha: BASE },
    pullNumber: 12,
    variants: [{ name: null, head: buildReport(), base: buildReport() }],
    unreadable: [],
    ...overrides,
  };
}

export function variant(
  name: string | null,
  head: Partial<Report>,
  base: Report | null = null,
): CommentVariant {
  return { name, head: buildReport(head), base };
}

export const METRIC_HEADER = ["Metric", "base", "head", "Δ", "rule"];
