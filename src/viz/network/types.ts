/** The network view's public types: what the app hands it and what it can ask of it. */

export interface NetworkViewData {
  n: number;
  directed: boolean;
  src: Int32Array;
  dst: Int32Array;
  /** Index into NODE_KINDS ('person', 'opinion-leader', 'brand', 'bot'). */
  kind: Uint8Array;
  /** null: a node's label is its index. */
  labels: readonly string[] | null;
  community: Int32Array | null;
}

export interface CascadeView {
  /** Activation step per node, -1 = never. */
  step: Int32Array;
  /** Activator per node, -1 for seeds and never-activated nodes. */
  parent: Int32Array;
  /** Depth in the cascade tree, -1 = never. */
  generation: Int32Array;
  maxStep: number;
}

export type Colouring = 'state' | 'time';
export type LayoutMode = 'network' | 'ripple';

export interface NetworkViewOptions {
  /** Nearest node within a few pixels of the pointer, or null when there is none. */
  onHover?: (node: number | null) => void;
  /** A click (not a drag) on a node. */
  onClick?: (node: number) => void;
}

export interface NetworkView {
  setNetwork(data: NetworkViewData): void;
  setSeeds(nodes: ArrayLike<number>): void;
  setCascade(cascade: CascadeView | null): void;
  setTime(step: number): void;
  setColouring(c: Colouring): void;
  setLayout(mode: LayoutMode): void;
  highlight(node: number | null): void;
  /** Something the reader should know about the picture, e.g. that ties were thinned. */
  readonly notice: string | null;
  toPngBlob(): Promise<Blob>;
  toSvg(): string;
  resize(): void;
  destroy(): void;
}
