/** Ready-made seeding strategies to compare at the same budget of seeds. */
export interface Preset {
  readonly label: string;
  readonly seeding: (budget: number) => Record<string, unknown>;
  readonly chosen: boolean;
}

export const PRESETS: readonly Preset[] = [
  {
    label: '1 opinion leader',
    seeding: () => ({ strategy: 'top-degree', count: 1 }),
    chosen: true,
  },
  { label: 'Random accounts', seeding: (k) => ({ strategy: 'random', count: k }), chosen: true },
  {
    label: 'Top accounts by degree',
    seeding: (k) => ({ strategy: 'top-degree', count: k }),
    chosen: false,
  },
  {
    label: 'Degree discount',
    seeding: (k) => ({ strategy: 'degree-discount', count: k }),
    chosen: true,
  },
  {
    label: 'Spread over communities',
    seeding: (k) => ({ strategy: 'one-per-community', count: k }),
    chosen: false,
  },
  {
    label: 'Packed in one community',
    seeding: (k) => ({ strategy: 'one-community', count: k }),
    chosen: false,
  },
  {
    label: 'Random, one after another',
    seeding: (k) => ({ strategy: 'random', count: k, schedule: { type: 'staggered', every: 3 } }),
    chosen: false,
  },
  {
    label: 'Greedy (networks ≤ 5,000 people)',
    seeding: (k) => ({ strategy: 'greedy-celf', count: k }),
    chosen: false,
  },
];

/** The label a preset shows with its budget, e.g. "Degree discount ×10" (single-seed presets say so already). */
export function presetLabel(preset: Preset, budget: number): string {
  return preset.label.startsWith('1 ') ? preset.label : `${preset.label} ×${budget}`;
}
