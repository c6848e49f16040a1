export { createNetworkView } from './network-view.ts';
export { EDGE_COLOURS, type LegendItem, legendItems, NODE_COLOURS, timeColour } from './palette.ts';
export { MAX_DRAWN_EDGES } from './thin-edges.ts';
export type {
  CascadeView,
  Colouring,
  LayoutMode,
  NetworkView,
  NetworkViewData,
  NetworkViewOptions,
} from './types.ts';
