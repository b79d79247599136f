/**
 * A PackageReport as Markdown, for the package-model job summary: image, tags, digest, size,
 * smoke test, then labels and layers folded, and the container's log when the smoke test failed.
 * Labels and logs can carry anything a fork's PR put in the config or the model: all escaped.
 */
import type { PackageReport } from "../types.js";
import { codeBlock, details, inlineText, table } from "./escape.js";

export function renderPackageMarkdown(report: PackageReport): string {
  const smokeFailed = report.smoke !== null && !report.smoke.passed;
  const icon = smokeFailed ? "❌" : "✅";
  const layers = report.layers ?? [];
  const rows: string[][] = [
    ["Tags", report.tags.map((tag) => inlineText(tag)).join("<br>") || "—"],
    ["Digest", report.digest ? inlineText(report.digest) : report.pushed ? "—" : "not pushed"],
    ["Size", `${formatBytes(report.size_bytes)}${layers.length ? ` in ${layers.length} layers` : ""}`],
  ];
  if (report.builder) {
    const took = report.build_seconds !== undefined ? ` (built in ${report.build_seconds.toFixed(1)} s)` : "";
    rows.push(["Builder", `${inlineText(report.builder)}${took}`]);
  }
  rows.push(["Smoke test", smokeCell(report)]);
  const out = [`#### ${icon} Image: ${inlineText(report.image)}`, "", table(["", ""], rows)];
  const labels = Object.entries(report.labels);
  if (labels.length > 0) {
    out.push(
      "",
      details(
        `${labels.length} labels`,
        table(
          ["Label", "Value"],
          labels.map(([key, value]) => [inlineText(key), inlineText(value, 400)]),
        ),
      ),
    );
  }
  if (layers.length > 0) {
    out.push(
      "",
      details(
        `${layers.length} layers`,
        table(
          ["Size", "Created by"],
          layers.map((layer) => [formatBytes(layer.size_bytes), inlineText(layer.created_by, 160)]),
          ["r", "l"],
        ),
      ),
    );
  }
  if (smokeFailed && report.smoke?.log) {
    out.push("", details("Container log", codeBlock(report.smoke.log, 6000, "text"), true));
  }
  return out.join("\n");
}

function smokeCell(report: PackageReport): string {
  if (!report.smoke) return "not run";
  const verdict = report.smoke.passed ? "✅ passed" : "❌ failed";
  const message = report.smoke.message ? ` — ${inlineText(report.smoke.message, 600)}` : "";
  return `${verdict} in ${report.smoke.seconds.toFixed(1)} s${message}`;
}

/** 1536 → "1.5 KB" (powers of 1000, as docker image ls shows sizes). */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
