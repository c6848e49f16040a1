export { assignTieStrength, type TieStrengthOptions } from './tie-strength.ts';
export { commonNeighbourCounts } from './common-neighbours.ts';
export { assignKinds, type KindOptions } from './kinds.ts';
