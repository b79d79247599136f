/** Reads every JUnit file the config names (paths or globs) into one test summary. */
import type { TestSummary } from "../../report/types.js";
import type { ModelFiles } from "../files/model-files.js";
import { addTestSummaries, emptyTestSummary, parseJUnit } from "./parse-junit.js";

export interface JUnitRead {
  summary: TestSummary;
  files: string[];
}

export async function readJUnit(files: ModelFiles, patterns: readonly string[]): Promise<JUnitRead> {
  let summary = emptyTestSummary();
  const read: string[] = [];
  for (const pattern of patterns) {
    for (const path of await files.expand(pattern)) {
      const bytes = await files.read(path);
      if (bytes === null) continue;
      read.push(path);
      summary = addTestSummaries(summary, parseJUnit(bytes.toString("utf8"), path));
    }
  }
  return { summary, files: read };
}
