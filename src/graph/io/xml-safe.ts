import type { Network } from '../network.ts';
import { GraphExportError, plural, quote } from './errors.ts';

/** Characters XML 1.0 cannot carry at all, not even escaped: C0 controls and lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses labels that no XML file can hold, naming them, instead of writing a broken file. */
export function checkXmlLabels(network: Network, format: string): void {
  if (!network.labels) return;
  const bad: string[] = [];
  network.labels.forEach((label, i) => {
    if (NOT_XML.test(label)) bad.push(`node ${i} ${quote(JSON.stringify(label))}`);
  });
  if (bad.length > 0) {
    throw new GraphExportError(
      `cannot write ${format}: found ${plural(bad.length, 'label')} with control characters XML cannot hold (${bad.slice(0, 5).join(', ')})`,
    );
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes untrusted text for an XML attribute or element. Tabs and line breaks are written as
 * character references so parsers do not normalise them to spaces: labels survive exactly.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]);
}
