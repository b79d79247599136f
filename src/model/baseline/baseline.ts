/** What the head is compared with. `metrics: null` means "compared with nothing", and `notes` say why. */
export interface Baseline {
  metrics: Record<string, number> | null;
  params: Record<string, unknown>;
  /** Where it came from: a git ref, a commit, a file. */
  ref: string | null;
  notes: string[];
}

export function noBaseline(...notes: string[]): Baseline {
  return { metrics: null, params: {}, ref: null, notes };
}
