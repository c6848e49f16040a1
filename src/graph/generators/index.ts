export { erdosRenyi, type ErdosRenyiOptions } from './erdos-renyi.ts';
export { barabasiAlbert, type BarabasiAlbertOptions } from './barabasi-albert.ts';
export { wattsStrogatz, type WattsStrogatzOptions } from './watts-strogatz.ts';
export { stochasticBlock, type StochasticBlockOptions } from './stochastic-block.ts';
export { configurationModel, type ConfigurationModelOptions } from './configuration-model.ts';
export { powerLawDegreeSequence, type PowerLawDegreeSequenceOptions } from './power-law-degree-sequence.ts';
export { karateClub, KARATE_FACTIONS } from './karate-club.ts';
export { caveman, type CavemanOptions } from './caveman.ts';
