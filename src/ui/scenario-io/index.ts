export { AUTOSAVE_KEY, type Autosave, createAutosave } from './autosave.ts';
export { classifyFile, type FileKind } from './classify-file.ts';
export { type Debounced, debounce } from './debounce.ts';
export { DROP_ACTIVE_CLASS, installDropTarget } from './drop-target.ts';
export { type ExampleScenario, exampleScenarios, firstExample } from './examples.ts';
export { readScenarioFile } from './open-file.ts';
export type { OpenResult } from './open-result.ts';
export { pickFile } from './pick-file.ts';
export {
  MAX_LISTED_PROBLEMS,
  type ProblemLine,
  type ProblemsText,
  problemsText,
} from './problem-lines.ts';
export { renderProblems } from './problems-view.ts';
export { scenarioBlob, scenarioFileName } from './save-scenario.ts';
export { type ShareLinkResult, scenarioFromHash, scenarioToHash } from './share-link.ts';
