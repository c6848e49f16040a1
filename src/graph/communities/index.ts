export { detectCommunities } from './detect.ts';
