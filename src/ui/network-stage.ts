import { edgeCount, NODE_KINDS, nodeLabel } from '../graph/index.ts';
import {
  type Colouring,
  createNetworkView,
  type LayoutMode,
  legendItems,
  type NetworkView,
} from '../viz/index.ts';
import type { AppState } from './app-state.ts';
import type { Store } from './store.ts';

const KIND_NAMES = {
  person: 'Person',
  'opinion-leader': 'Opinion leader',
  brand: 'Brand',
  bot: 'Fake follower (bot)',
} as const;

/**
 * The network view with its toolbar, legend, hover card and facts line. Reads the store;
 * clicking a node asks the lab to toggle it as a seed.
 */
export function createNetworkStage(
  store: Store<AppState>,
  onToggleSeed: (node: number) => void,
): NetworkView {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const container = byId<HTMLDivElement>('network');
  const tooltip = byId<HTMLDivElement>('tooltip');
  const colouring = byId<HTMLSelectElement>('colouring');
  const layout = byId<HTMLSelectElement>('layout');
  const legend = byId<HTMLUListElement>('legend');
  const notice = byId<HTMLParagraphElement>('network-notice');
  const facts = byId<HTMLParagraphElement>('graph-facts');
  let pointer = { x: 0, y: 0 };
  // Capture: the pointer must be known before the view's own handler reports the hover.
  container.addEventListener(
    'pointermove',
    (e) => {
      const box = container.getBoundingClientRect();
      pointer = {
        x: e.clientX - box.left + container.offsetLeft,
        y: e.clientY - box.top + container.offsetTop,
      };
    },
    { capture: true },
  );

  const view = createNetworkView(container, {
    onClick: onToggleSeed,
    onHover: (node) => {
      view.highlight(node);
      showTooltip(node);
    },
  });

  const showTooltip = (node: number | null): void => {
    const { network, csr, single } = store.get();
    if (node === null || !network || !csr) {
      tooltip.hidden = true;
      return;
    }
    const degree = csr.offsets[node + 1] - csr.offsets[node];
    const lines = [
      `${KIND_NAMES[NODE_KINDS[network.kind[node]]]}, ${degree} ${network.directed ? 'followers' : 'friends'}`,
    ];
    const step = single?.cascade.step[node] ?? -1;
    if (single && step >= 0) {
      const parent = single.cascade.parent[node];
      lines.push(
        parent < 0
          ? `seed, sharing from step ${step}`
          : `shared at step ${step}, reached by ${nodeLabel(network, parent)}`,
      );
    } else if (single) lines.push('did not share');
    const title = document.createElement('strong');
    title.textContent = nodeLabel(network, node);
    tooltip.replaceChildren(
      title,
      ...lines.map((l) =>
        Object.assign(document.createElement('span'), {
          textContent: l,
          className: 'tooltip-line',
        }),
      ),
    );
    tooltip.style.left = `${pointer.x + 14}px`;
    tooltip.style.top = `${pointer.y + 14}px`;
    tooltip.hidden = false;
  };

  const drawLegend = (): void => {
    legend.replaceChildren(
      ...legendItems(colouring.value as Colouring).map(({ label, colour }) => {
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = colour;
        item.append(swatch, label);
        return item;
      }),
    );
  };
  colouring.addEventListener('change', () => {
    view.setColouring(colouring.value as Colouring);
    drawLegend();
  });
  layout.addEventListener('change', () => {
    tooltip.hidden = true;
    view.setLayout(layout.value as LayoutMode);
  });
  drawLegend();
  new ResizeObserver(() => view.resize()).observe(container);

  store.subscribe((state, previous) => {
    const { network, stats, seeds, single, step } = state;
    // A new network resets the view, so everything drawn on it is set again.
    const fresh = state === previous || network !== previous.network;
    if (fresh && network) {
      view.setNetwork(network);
      notice.textContent = view.notice ?? '';
      notice.hidden = !view.notice;
    }
    if (fresh || seeds !== previous.seeds) view.setSeeds(seeds ?? []);
    if (fresh || single !== previous.single) view.setCascade(single?.cascade ?? null);
    if (fresh || single !== previous.single || step !== previous.step) view.setTime(step);
    if (network && stats && (fresh || stats !== previous.stats)) {
      const ties = network.directed ? 'follow links' : 'friendships';
      facts.textContent =
        `${network.n.toLocaleString('en-US')} people, ${edgeCount(network).toLocaleString('en-US')} ${ties}, ` +
        `mean degree ${stats.meanDegree.toFixed(2)}, clustering ${stats.clustering.averageLocal.toPrecision(2)}, ` +
        `largest group ${(stats.components.largestFraction * 100).toFixed(0)}% of people.`;
    }
  });
  return view;
}
