/**
 * Report content can come from a fork's pull request: untrusted. Everything we put into Markdown
 * goes through here first, so names and values cannot break a table, ping people (@mention),
 * link issues (#123), inject HTML or images, or blow up the comment's size.
 */

const DEFAULT_MAX = 200;

/** Text for a Markdown table cell or inline position: inert and bounded. */
export function inlineText(value: unknown, max = DEFAULT_MAX): string {
  let text = String(value ?? "");
  text = text.replace(/[\r\n\t]+/g, " ");
  if (text.length > max) text = `${cut(text, max - 1)}…`;
  return (
    text
      // Markdown and HTML syntax characters become character references GitHub renders literally.
      .replace(/[\\`*_{}[\]()<>#+!|~&"'=:]/g, (ch) => `&#${ch.charCodeAt(0)};`)
      // @mentions and #refs: a zero-width joiner after the sigil stops GitHub linking them.
      .replace(/@/g, "@\u200d")
  );
}

/**
 * Text in a fenced code block, shown exactly as written: the fence is one backtick longer than the
 * longest run of backticks inside (CommonMark: a fence closes only on a run at least as long), so
 * nothing in the text can close it, and nothing inside is escaped — character references, HTML,
 * @mentions and links stay literal text in a code block.
 */
export function codeBlock(text: string, max = 4000, language = ""): string {
  const body = text.length > max ? `${cut(text, max)}\n… (${text.length - max} more characters cut)` : text;
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** The first `max` UTF-16 units, without splitting a surrogate pair (an emoji cut in half). */
function cut(text: string, max: number): string {
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A Markdown table from a header and rows whose cells are already escaped. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("l" | "r" | "c")[],
): string {
  const rule = header.map((_, i) => ({ l: ":--", r: "--:", c: ":-:" })[align?.[i] ?? "l"]);
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

/** A folded section; the summary is escaped, the body is trusted Markdown built by us. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${inlineText(summary)}</summary>\n\n${body}\n\n</details>`;
}
