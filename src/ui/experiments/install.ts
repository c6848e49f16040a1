import type { ExperimentBuilder } from '../../experiment/index.ts';
import { type EnsemblePool, nextTask } from '../../workers/index.ts';
import type { AppState } from '../app-state.ts';
import type { Lab } from '../lab.ts';
import type { Store } from '../store.ts';
import { CompareController } from './compare-controller.ts';
import { createCompareView } from './compare-view.ts';
import { SweepController } from './sweep-controller.ts';
import { createSweepView } from './sweep-view.ts';

/**
 * The Sweep and Compare views, in their tab panels. A module of its own so the app loads them
 * (and their charts and analysis) in a chunk of their own, after the network view is up.
 */
export async function installExperiments(
  store: Store<AppState>,
  lab: Lab,
  pool: EnsemblePool,
  builder: ExperimentBuilder,
): Promise<void> {
  createSweepView(
    document.getElementById('view-sweep')!,
    store,
    new SweepController(store, pool, builder),
  );
  await nextTask(); // each view in a task of its own
  createCompareView(
    document.getElementById('view-compare')!,
    store,
    lab,
    new CompareController(store, pool, builder),
  );
}
