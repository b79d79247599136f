/**
 * Slipway's comment commands: `/slipway approve <environment>` and `/slipway status`. A command is
 * the first non-blank line of a comment, so a quoted reply ("> /slipway approve …") or a mention in
 * passing is not one. Anything else starting with /slipway gets a short answer saying what works.
 */
export type SlipwayCommand =
  | { kind: "approve"; environment: string }
  | { kind: "status" }
  | { kind: "invalid"; problem: string };

const USAGE = "Commands: `/slipway approve <environment>`, `/slipway status`.";

export function parseCommand(body: string): SlipwayCommand | null {
  const line = body.split(/\r?\n/).find((text) => text.trim() !== "");
  if (!line) return null;
  const words = line.trim().split(/\s+/);
  if (words[0]?.toLowerCase() !== "/slipway") return null;
  const verb = words[1]?.toLowerCase();
  if (verb === "status") {
    return words.length === 2
      ? { kind: "status" }
      : { kind: "invalid", problem: `\`/slipway status\` takes nothing after it. ${USAGE}` };
  }
  if (verb === "approve") {
    const environment = words[2];
    if (environment !== undefined && words.length === 3) return { kind: "approve", environment };
    return {
      kind: "invalid",
      problem: `say which one environment: \`/slipway approve <environment>\`, e.g. \`/slipway approve production\`.`,
    };
  }
  return { kind: "invalid", problem: verb ? `unknown command "${verb}". ${USAGE}` : USAGE };
}
