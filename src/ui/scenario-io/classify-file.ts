import { detectGraphFormat } from '../../graph/index.ts';

export type FileKind = 'scenario' | 'graph' | 'unknown';

/** Whether a dropped or picked file is a scenario (.json), a graph Ripple can read, or neither. */
export function classifyFile(name: string): FileKind {
  if (/\.json$/i.test(name)) return 'scenario';
  // The graph reader's own list of extensions, so the two never disagree.
  try {
    detectGraphFormat(name);
    return 'graph';
  } catch {
    return 'unknown';
  }
}
