/** The workers' entry for Node only (the CLI): a pool of worker threads. */
export { createNodePool } from './node-pool.ts';
