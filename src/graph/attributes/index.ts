export { commonNeighbourCounts } from './common-neighbours.ts';
export { assignKinds, type KindOptions } from './kinds.ts';
export { assignTieStrength, type TieStrengthOptions } from './tie-strength.ts';
