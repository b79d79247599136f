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
  if (text.length > max) text = `${text.slice(0, max - 1)}…`;
  return (
    text
      // Markdown and HTML syntax characters become character references GitHub renders literally.
      .replace(/[\\`*_{}[\]()<>#+!|~&"'=:]/g, (ch) => `&#${ch.charCodeAt(0)};`)
      // @mentions and #refs: a zero-width joiner after the sigil stops GitHub linking them.
      .replace(/@/g, "@\u200d")
  );
}

/** Text inside a fenced code block: only the fence itself must be neutralised. */
export function codeBlock(text: string, max = 4000, language = ""): string {
  let body = text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters cut)` : text;
  body = body.replace(/`{3,}/g, (fence) => fence.split("").join("\u200b"));
  return `\`\`\`${language}\n${body}\n\`\`\``;
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
