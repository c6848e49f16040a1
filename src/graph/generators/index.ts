export { type BarabasiAlbertOptions, barabasiAlbert } from './barabasi-albert.ts';
export { type CavemanOptions, caveman } from './caveman.ts';
export { type ConfigurationModelOptions, configurationModel } from './configuration-model.ts';
export { type ErdosRenyiOptions, erdosRenyi } from './erdos-renyi.ts';
export { KARATE_FACTIONS, karateClub } from './karate-club.ts';
export {
  type PowerLawDegreeSequenceOptions,
  powerLawDegreeSequence,
} from './power-law-degree-sequence.ts';
export { type StochasticBlockOptions, stochasticBlock } from './stochastic-block.ts';
export { type WattsStrogatzOptions, wattsStrogatz } from './watts-strogatz.ts';
