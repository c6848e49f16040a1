import type { ModelSpec } from '../sim/model-spec.ts';
import type { ContentSpec } from './content-schema.ts';

/** The engine's view of a scenario's content (fresh objects: the engine never shares the file's). */
export function toModelSpec(content: ContentSpec): ModelSpec {
  switch (content.model) {
    case 'independent-cascade':
      return { model: content.model, power: content.power, weighting: content.weighting };
    case 'linear-threshold':
      return { model: content.model, threshold: { ...content.threshold } };
    case 'sir':
      return {
        model: content.model,
        power: content.power,
        recovery: content.recovery,
        weighting: content.weighting,
      };
  }
}
