/** The terminal's account of a run: one line per part (what ran, what was skipped and why) and the verdict. */
import type { PartOutcome, RunResult } from "./run-result.js";

const MARK: Record<PartOutcome["status"], string> = { passed: "✓", failed: "✗", skipped: "–", off: "·" };

export function renderRunParts(parts: readonly PartOutcome[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const head = `${part.part.padEnd(8)}${MARK[part.status]} ${part.status.padEnd(9)}`;
    if ("summary" in part) {
      lines.push(`${head}${part.summary} (${part.seconds.toFixed(1)} s)`);
    } else {
      lines.push(`${head}${part.reason}`);
      if (part.status === "skipped" && part.next) lines.push(`${" ".repeat(20)}next: ${part.next}`);
    }
  }
  return lines;
}

/** "✅ passed — data and model checked; package skipped. Report: …" */
export function runVerdict(
  result: Pick<RunResult, "parts" | "passed" | "exitCode">,
  reportPath: string,
): string {
  const names = (status: PartOutcome["status"]) =>
    result.parts.filter((part) => part.status === status).map((part) => part.part);
  const list = (items: string[]) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  const ran = [...names("passed"), ...names("failed")];
  const skipped = names("skipped");
  const notes = skipped.length > 0 ? `; ${list(skipped)} skipped (see above)` : "";
  if (!result.passed) return `❌ failed: ${list(names("failed"))}${notes}. Report: ${reportPath}`;
  if (ran.length === 0) {
    // Every part skipped or off: exit 2 unless the caller allowed it (a green run would prove nothing).
    const allowed =
      result.exitCode === 0 ? "" : " — a run must check something; fix a skipped part, or pass --allow-empty";
    return `⚠️ nothing was checked${notes}${allowed}. Report: ${reportPath}`;
  }
  return `✅ passed — ${list(ran)} checked${notes}. Report: ${reportPath}`;
}
