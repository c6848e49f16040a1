import { parseScenario, type Scenario, serializeScenario } from '../../scenario/index.ts';
import type { OpenResult } from './open-result.ts';

export const AUTOSAVE_KEY = 'ripple.autosave.v1';

export interface Autosave {
  /** Stores the scenario; a warning to show when the browser would not store it, else null. */
  save(scenario: Scenario): string | null;
  /** The stored scenario checked like a file (it may be corrupt or from an older Ripple); null when none. */
  restore(): OpenResult | null;
  clear(): void;
}

/** Keeps the scenario being edited in browser storage, as its file text, so a reload loses nothing. */
export function createAutosave(storage: Storage, key = AUTOSAVE_KEY): Autosave {
  return {
    save(scenario) {
      const text = serializeScenario(scenario);
      try {
        storage.setItem(key, text);
        return null;
      } catch (error) {
        return isQuotaError(error)
          ? "Autosave paused: this browser's storage for Ripple is full. Save the scenario to a file to keep it."
          : 'Autosave is off: this browser does not let Ripple store data here. Save the scenario to a file to keep it.';
      }
    },
    restore() {
      let text: string | null;
      try {
        text = storage.getItem(key);
      } catch {
        // Storage that cannot be read (blocked by the browser's settings) holds nothing to restore.
        return null;
      }
      return text === null ? null : parseScenario(text);
    },
    clear() {
      try {
        storage.removeItem(key);
      } catch {
        // Storage that cannot be written cannot hold an autosave either.
      }
    },
  };
}

function isQuotaError(error: unknown): boolean {
  // Firefox used its own name for the same error.
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
