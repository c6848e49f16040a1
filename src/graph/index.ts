export * from './attributes/index.ts';
export * from './communities/index.ts';
export * from './generators/index.ts';
export * from './io/index.ts';
export * from './network.ts';
export * from './stats/index.ts';
