/** Workflow dispatches a client asks for (the monitor's retraining), kept in order. */
import type { DoubleServer } from "./server.js";

export interface Dispatch {
  workflow: string;
  ref: string;
  inputs: Record<string, string>;
}

export class Dispatches {
  readonly list: Dispatch[] = [];

  register(server: DoubleServer): void {
    server.serve("POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", (context) => {
      this.list.push({
        workflow: context.params[2]!,
        ref: context.body.ref,
        inputs: context.body.inputs ?? {},
      });
      return { status: 204 };
    });
  }
}
