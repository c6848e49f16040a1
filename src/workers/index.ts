/*
 * The workers' entry for any runtime (the app's page, Node): pools, the build client, the
 * layout client and the layout algorithms the view shares with its worker. Node's worker
 * threads have their own entry, node.ts, so the app's bundle never meets node:worker_threads.
 */
export { createBrowserPool } from './browser-pool.ts';
export { browserBuildPort } from './build/browser-build-port.ts';
export { createWorkerBuilder } from './build/worker-builder.ts';
export type { EnsemblePool } from './ensemble-pool.ts';
export { initialPositions } from './layout/initial-positions.ts';
export { createLayoutClient } from './layout/layout-client.ts';
export { type TreeSectors, treeSectors } from './layout/tree-sectors.ts';
export { runLocally } from './local-executor.ts';
export { nextTask } from './next-task.ts';
