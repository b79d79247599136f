/** Drift's measurement and renderings as validate-data uses them (drift itself is `slipway drift`). */
import { measureDrift } from "../../data/measure-drift.js";
import { renderDriftMarkdown } from "../../report/markdown/render-drift.js";
import { renderDriftText } from "../../report/text/render-drift.js";
import type { DataReport } from "../../report/types.js";

export { measureDrift };
export const renderDriftMarkdownFor = (report: DataReport) =>
  report.drift ? renderDriftMarkdown(report.drift) : "";
export const renderDriftTextFor = (report: DataReport) => (report.drift ? renderDriftText(report.drift) : "");
