/**
 * Writes scenarios/scenario.schema.json from the zod schema in src/scenario, so editors
 * autocomplete and check scenario files. Run `npm run schema` after changing the schema;
 * a test fails while the checked-in file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchemaText } from '../src/scenario/index.ts';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
