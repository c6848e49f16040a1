/**
 * Messages between the network view and its layout worker. One worker serves one view; each
 * new graph is a new job, and positions of a job the view no longer wants are ignored by id.
 */
export type ToLayoutWorker =
  | {
      readonly type: 'start';
      readonly jobId: number;
      readonly n: number;
      readonly src: Int32Array;
      readonly dst: Int32Array;
      /** Where the view already draws the nodes (x, y per node), so the layout starts there. */
      readonly initial: Float32Array;
    }
  | { readonly type: 'cancel'; readonly jobId: number };

export type FromLayoutWorker =
  | {
      readonly type: 'positions';
      readonly jobId: number;
      /** x, y per node; transferred, so the worker never touches it again. */
      readonly xy: Float32Array;
      readonly alpha: number;
      /** True on the last message of a job (settled or out of time). */
      readonly done: boolean;
    }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string };

/** How often the worker posts positions, so the view draws the layout as it settles. */
export const POST_INTERVAL_MS = 100;

/** A layout that has not settled by then is shown as it is: a usable picture beats a wait. */
export const TIME_BUDGET_MS = 15_000;
