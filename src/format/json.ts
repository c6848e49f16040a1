/** Pretty JSON with arrays of plain values kept on one line, so long lists of sizes stay readable. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(
    /\[\s+([^[\]{}]*?)\s+\]/g,
    (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`,
  )}\n`;
}
