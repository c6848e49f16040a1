export { grow } from './grow.ts';
