export type { CascadeView, Colouring, LayoutMode, NetworkView, NetworkViewData, NetworkViewOptions } from './types.ts';
export { createNetworkView } from './network-view.ts';
export { EDGE_COLOURS, NODE_COLOURS, legendItems, timeColour, type LegendItem } from './palette.ts';
export { MAX_DRAWN_EDGES } from './thin-edges.ts';
