/** A PackageReport for the terminal: the verdict line, tags, digest, smoke test; labels and layers as tables. */
import { formatBytes } from "../markdown/render-package.js";
import type { PackageReport } from "../types.js";
import { mark, textTable } from "./text-table.js";

export function renderPackageText(report: PackageReport): string {
  const passed = report.smoke?.passed ?? true;
  const layers = report.layers ?? [];
  const facts = [
    report.builder,
    formatBytes(report.size_bytes),
    layers.length ? `${layers.length} layer${layers.length === 1 ? "" : "s"}` : null,
    report.build_seconds !== undefined ? `built in ${report.build_seconds.toFixed(1)} s` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const lines = [`${mark(passed)} image ${report.image} (${facts})`];
  lines.push(`  tags:   ${report.tags.join(", ") || "—"}`);
  lines.push(`  digest: ${report.digest ?? (report.pushed ? "—" : "not pushed")}`);
  lines.push(
    `  smoke:  ${
      report.smoke
        ? `${mark(report.smoke.passed)} ${report.smoke.passed ? "passed" : "failed"} in ${report.smoke.seconds.toFixed(1)} s${report.smoke.message ? ` — ${report.smoke.message}` : ""}`
        : "not run"
    }`,
  );
  const labels = Object.entries(report.labels);
  if (labels.length > 0) lines.push("", textTable(["Label", "Value"], labels));
  if (layers.length > 0) {
    lines.push(
      "",
      textTable(
        ["Size", "Layer"],
        layers.map((layer) => [formatBytes(layer.size_bytes), truncate(layer.created_by, 100)]),
        ["r", "l"],
      ),
    );
  }
  if (!passed && report.smoke?.log) {
    const log = report.smoke.log.trimEnd().split("\n").slice(-30);
    lines.push("", "Container log (last lines):", ...log.map((line) => `  ${line}`));
  }
  return `${lines.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
