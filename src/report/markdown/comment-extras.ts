/**
 * The team's own parts of the comment: the Markdown files of `comment.include`, made inert
 * (inert-markdown.ts), each under its file's name, and the images of `comment.images`, listed
 * with a link to the run whose `slipway-report` artifact holds them (GitHub serves an artifact
 * as a zip, so the comment links the run rather than showing the picture).
 */
import type { ReportImage, ReportSection } from "../types.js";
import { code, link, MAX, plural } from "./comment-text.js";
import { inertMarkdown } from "./inert-markdown.js";

/** Per file, and files per comment: a report from outside may hold anything. */
export const MAX_SECTION_CHARS = 20_000;
export const MAX_SECTIONS = 10;
const MAX_IMAGES = 20;

export interface TitledText {
  title: string;
  text: string;
}

export function renderTeamSections(sections: readonly ReportSection[] | undefined): TitledText[] {
  const all = sections ?? [];
  const shown = all.slice(0, MAX_SECTIONS).map((section) => {
    const markdown = section.markdown.slice(0, MAX_SECTION_CHARS);
    const cut = section.cut + (section.markdown.length - markdown.length);
    const parts = [`#### 📝 ${code(section.path, MAX.name)}`, inertMarkdown(markdown)];
    if (cut > 0) parts.push(`<sub>… ${plural(cut, "more character")} of this file are in the report.</sub>`);
    return { title: section.path, text: parts.join("\n\n") };
  });
  if (all.length > shown.length) {
    const more = all.length - shown.length;
    shown.push({ title: "more sections", text: `${plural(more, "more included file")} in the report.` });
  }
  return shown;
}

export function renderImages(images: readonly ReportImage[] | undefined, runUrl: string): string | null {
  const all = images ?? [];
  if (all.length === 0) return null;
  const lines = all
    .slice(0, MAX_IMAGES)
    .map((image) => `- ${code(image.path, MAX.name)} (${formatKb(image.size_bytes)})`);
  if (all.length > MAX_IMAGES) lines.push(`- … and ${all.length - MAX_IMAGES} more`);
  const where = runUrl ? link("the run", runUrl) : "the run";
  return [
    "#### 🖼️ Images",
    `In the \`slipway-report\` artifact of ${where}, folder \`slipway-images/\`:`,
    lines.join("\n"),
  ].join("\n\n");
}

function formatKb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
}
