// Types for the DOM-agnostic parser factories inside graphology-gexf and graphology-graphml,
// which ship no declarations for these files (see xml-document.ts for why they are used).
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
  function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
  export = createParserFunction;
}

declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
  function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
  export = createParserFunction;
}
