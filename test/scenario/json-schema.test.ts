import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/index.ts';

const CHECKED_IN = new URL('../../scenarios/scenario.schema.json', import.meta.url);

describe('scenarios/scenario.schema.json', () => {
  it('is what `npm run schema` generates now (run it after changing the schema)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is a draft 2020-12 schema that refuses unknown keys and documents its settings', () => {
    const schema = scenarioJsonSchema() as {
      $schema: string;
      title: string;
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { description?: string; default?: unknown }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Ripple scenario');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(['content', 'graph', 'name', 'version']);
    expect(schema.properties.seed).toMatchObject({
      default: 1,
      description: expect.stringContaining('same seed'),
    });
    expect(JSON.stringify(schema)).not.toContain('"additionalProperties":true');
  });
});
