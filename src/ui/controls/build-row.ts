import type { BuildPhase, BuildProgress } from '../../experiment/index.ts';
import {
  describeGreedyCost,
  GREEDY_BUDGET_SECONDS,
  overGreedyBudget,
} from '../../experiment/index.ts';
import { formatCount } from '../../format/index.ts';
import type { AppState } from '../app-state.ts';
import type { Store } from '../store.ts';
import { button } from '../widgets.ts';

const PHASES: Record<BuildPhase, string> = {
  network: 'Building the network…',
  statistics: 'Computing the network’s statistics…',
  seeds: 'Choosing the seeds…',
};

/**
 * The build under way, with a Cancel that stops it at once (the set-up stays as it was): its
 * phase, and for greedy seeding its expected cost, a warning past the budget, and progress.
 */
export function createBuildRow(store: Store<AppState>, cancel: () => void): HTMLDivElement {
  const element = document.createElement('div');
  element.className = 'progress-row build-row';
  element.dataset.testid = 'build-row';
  const bar = document.createElement('progress');
  bar.dataset.testid = 'build-progress';
  bar.setAttribute('aria-label', 'Greedy seeding progress');
  const words = document.createElement('span');
  words.dataset.testid = 'build-words';
  words.setAttribute('aria-live', 'polite');
  element.append(words, bar, button('Cancel', 'cancel-build', cancel));
  const show = ({ building, buildProgress }: AppState): void => {
    element.hidden = !building;
    const greedy = buildProgress?.greedy ?? null;
    bar.hidden = !greedy;
    if (greedy) {
      bar.max = Math.max(1, greedy.cost.evaluations, greedy.done);
      bar.value = greedy.done;
    }
    words.textContent = describe(buildProgress);
  };
  show(store.get());
  store.subscribe((state, previous) => {
    if (state.building !== previous.building || state.buildProgress !== previous.buildProgress)
      show(state);
  });
  return element;
}

function describe(progress: BuildProgress | null): string {
  if (!progress) return 'Building…';
  const { greedy } = progress;
  if (!greedy) return PHASES[progress.phase];
  const past = overGreedyBudget(greedy.cost)
    ? ` That is past the ${GREEDY_BUDGET_SECONDS} s budget: Cancel stops it, and degree-discount picks similar seeds far faster.`
    : '';
  return `${describeGreedyCost(greedy.cost)}${past} ${formatCount(greedy.done)} scored so far.`;
}
