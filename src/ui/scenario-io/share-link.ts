import {
  LIMITS,
  type Problem,
  parseScenario,
  type Scenario,
  serializeScenario,
} from '../../scenario/index.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { type OpenResult, refused } from './open-result.ts';

const PREFIX = '#s=';

export type ShareLinkResult =
  | { readonly ok: true; readonly hash: string }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * The URL fragment (`#s=…`) that carries a whole scenario: its file text, deflate-compressed
 * and base64url-encoded. The fragment never reaches a server, so sharing needs none.
 */
export async function scenarioToHash(scenario: Scenario): Promise<ShareLinkResult> {
  if (scenario.graph.generator === 'file')
    return { ok: false, problems: fileGraphProblems(scenario.graph.path) };
  const text = new Blob([serializeScenario(scenario)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const packed = new Uint8Array(await new Response(text).arrayBuffer());
  return { ok: true, hash: PREFIX + toBase64Url(packed) };
}

/** The scenario in a `#s=` fragment, checked like a file; null when the fragment holds none. */
export async function scenarioFromHash(hash: string): Promise<OpenResult | null> {
  if (!hash.startsWith(PREFIX)) return null;
  const bytes = fromBase64Url(hash.slice(PREFIX.length));
  const text = bytes && (await inflate(bytes, LIMITS.fileBytes));
  if (text === TOO_LARGE) {
    return refused(
      'a scenario of at most 1 MB',
      'more than 1 MB',
      'This share link unpacks to more than 1 MB, so it cannot hold a scenario.',
    );
  }
  if (text === null) {
    return refused(
      'a complete share link',
      'a damaged link',
      'This share link is damaged or incomplete; ask for it again, or copy all of it.',
    );
  }
  const result = parseScenario(text);
  return result.ok && result.scenario.graph.generator === 'file'
    ? { ok: false, problems: fileGraphProblems(result.scenario.graph.path) }
    : result;
}

const TOO_LARGE = Symbol('too large');

/**
 * Decompresses and decodes as UTF-8, stopping as soon as the output passes `limit` so that
 * a small link that unpacks to gigabytes (a "zip bomb") costs almost nothing. Null when the
 * data is not valid deflate or not UTF-8.
 */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<string | typeof TOO_LARGE | null> {
  const reader = new Blob([bytes])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      if (size > limit) {
        await reader.cancel();
        return TOO_LARGE;
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text + decoder.decode();
  } catch {
    return null;
  }
}

/** A file graph's edges live in a separate file that a link cannot carry. */
function fileGraphProblems(path: string): Problem[] {
  return [
    {
      path: '$.graph.generator',
      expected: 'a generated graph (a link cannot carry a graph file)',
      found: '"file"',
      message: `This scenario reads its graph from the file "${path}", which a share link cannot carry; share the scenario and the graph file instead.`,
    },
  ];
}
