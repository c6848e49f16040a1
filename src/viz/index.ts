export * from './charts/index.ts';
export * from './export/index.ts';
export * from './network/index.ts';
