/**
 * Puts the images of `comment.images` beside the report, in `slipway-images/<their path>`, so one
 * upload of the report's folder parts carries both and the report stays at the artifact's root
 * (upload-artifact roots an artifact at the paths' common folder). Returns the folder, or null
 * when there are no images.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { InputError } from "../errors.js";
import type { ReportImage } from "../report/types.js";

export const IMAGES_FOLDER = "slipway-images";

export function copyCommentImages(
  root: string,
  reportPath: string,
  images: readonly ReportImage[],
): string | null {
  const folder = join(dirname(reportPath), IMAGES_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  if (images.length === 0) return null;
  for (const image of images) {
    const target = resolve(folder, image.path);
    // A path from a glob stays under the root; a "../" one would escape the images folder.
    if (!target.startsWith(folder + sep)) {
      throw new InputError(image.path, "is outside the repository; comment.images takes files in it.");
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(resolve(root, image.path), target);
  }
  return folder;
}
