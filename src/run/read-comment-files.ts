/**
 * The files `comment.include` and `comment.images` name, read into the report after every part
 * ran (an evaluation may write them): the Markdown as written, cut to a bound (the renderer makes
 * it inert), and each image's path and size (the action copies the images into the report's
 * artifact). A path without a wildcard that does not exist is an error; a glob matching nothing
 * is a warning.
 */

import { isGlob } from "../config/globs.js";
import type { CommentConfig } from "../config/schema.js";
import { InputError } from "../errors.js";
import type { ModelFiles } from "../model/files/model-files.js";
import { MAX_SECTION_CHARS, MAX_SECTIONS } from "../report/markdown/comment-extras.js";
import type { ReportImage, ReportSection } from "../report/types.js";

/** Per image and for all of them: the artifact is downloaded by everyone who opens the run. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGES_BYTES = 50 * 1024 * 1024;
const IMAGE = /\.(png|svg|jpe?g|gif|webp)$/i;

export interface CommentFiles {
  sections: ReportSection[];
  images: ReportImage[];
  warnings: string[];
}

export async function readCommentFiles(
  files: ModelFiles,
  comment: Pick<CommentConfig, "include" | "images">,
): Promise<CommentFiles> {
  const warnings: string[] = [];
  const sections: ReportSection[] = [];
  for (const path of await expandAll(files, comment.include, "comment.include", warnings)) {
    if (sections.length === MAX_SECTIONS) {
      warnings.push(`comment.include: more than ${MAX_SECTIONS} files; ${path} and later ones are left out.`);
      break;
    }
    const bytes = await mustRead(files, path, "comment.include");
    if (bytes.includes(0))
      throw new InputError(path, "is not text (it holds NUL bytes); comment.include takes Markdown files.");
    const text = bytes.toString("utf8");
    const markdown = text.slice(0, MAX_SECTION_CHARS);
    sections.push({ path, markdown, cut: text.length - markdown.length });
  }
  const images: ReportImage[] = [];
  let total = 0;
  for (const path of await expandAll(files, comment.images, "comment.images", warnings)) {
    if (!IMAGE.test(path)) {
      throw new InputError(
        path,
        "is not an image (comment.images takes .png, .svg, .jpg, .gif or .webp files).",
      );
    }
    const size = (await mustRead(files, path, "comment.images")).length;
    if (size > MAX_IMAGE_BYTES) {
      throw new InputError(
        path,
        `is ${Math.round(size / 1024 / 1024)} MB; comment.images takes images up to ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
      );
    }
    total += size;
    if (total > MAX_IMAGES_BYTES) {
      throw new InputError(
        path,
        `brings comment.images past ${MAX_IMAGES_BYTES / 1024 / 1024} MB in all; list fewer or smaller images.`,
      );
    }
    images.push({ path, size_bytes: size });
  }
  return { sections, images, warnings };
}

async function expandAll(
  files: ModelFiles,
  patterns: readonly string[],
  key: string,
  warnings: string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const paths = await files.expand(pattern);
    if (paths.length === 0 && isGlob(pattern)) warnings.push(`${key}: ${pattern} matched no file.`);
    for (const path of paths) if (!out.includes(path)) out.push(path);
  }
  return out;
}

async function mustRead(files: ModelFiles, path: string, key: string): Promise<Buffer> {
  const bytes = await files.read(path);
  if (bytes === null)
    throw new InputError(path, `does not exist. Write it before Slipway's step ends, or fix ${key}.`);
  return bytes;
}
