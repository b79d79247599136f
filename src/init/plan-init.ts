/**
 * What `slipway init` will do with each file it would write, given what is already there: create
 * it, rewrite it (ours and untouched, with new content), leave it (the same), skip it (a person's
 * file, or ours edited since), or extend it (a person's file that init only adds to — .gitignore,
 * their dev container). Nothing here writes; applyPlan does, through the repository seam.
 */
import { provenance } from "./generated-marker.js";

export interface DraftFile {
  path: string;
  /** The full text, marker included. */
  content: string;
  /** What it is for, shown in the plan. */
  purpose: string;
  /** The content is a person's file with additions (drafted from what is there now): never skipped. */
  extends?: boolean;
  /** What a dry run shows instead of the whole content (the lines added). */
  preview?: string;
}

export type FileAction = "create" | "update" | "extend" | "unchanged" | "skip";

export interface PlannedFile extends DraftFile {
  action: FileAction;
  /** Why, for skip (and update). */
  reason?: string;
}

export interface InitPlan {
  files: PlannedFile[];
  notes: string[];
}

export function planFiles(
  drafts: readonly DraftFile[],
  existing: (path: string) => string | null,
  notes: readonly string[] = [],
): InitPlan {
  const files = drafts.map((draft): PlannedFile => {
    const current = existing(draft.path);
    if (current === null) return { ...draft, action: "create" };
    if (current === draft.content) return { ...draft, action: "unchanged" };
    if (draft.extends) return { ...draft, action: "extend" };
    const origin = provenance(current);
    if (origin === "untouched")
      return { ...draft, action: "update", reason: "written by slipway init and not edited since" };
    return {
      ...draft,
      action: "skip",
      reason:
        origin === "edited"
          ? "edited since slipway init wrote it; left as it is (delete it to have it written again)"
          : "already there, not written by slipway init; left as it is",
    };
  });
  return { files, notes: [...notes] };
}

export interface WritableRepository {
  write(path: string, content: string): void;
}

/** True for the files a plan writes. */
export function writes(file: PlannedFile): boolean {
  return file.action === "create" || file.action === "update" || file.action === "extend";
}

/** Writes what the plan creates, updates or extends; returns the paths written. */
export function applyPlan(plan: InitPlan, repository: WritableRepository): string[] {
  const written: string[] = [];
  for (const file of plan.files) {
    if (!writes(file)) continue;
    repository.write(file.path, file.content);
    written.push(file.path);
  }
  return written;
}
