import { grow } from '../../typed-arrays/index.ts';

/** Integer labels below this are looked up in a direct array (at most 64 MB of ids). */
const DIRECT_LIMIT = 1 << 24;
/** Slot layout of the hash table: hash, id + 1 (0 = empty), start in the text, length. */
const SLOT = 4;

/**
 * Numbers the distinct labels of a text in first-seen order without creating a string per
 * token: only a new label is sliced out. On a 3M-line edge list, memory latency dominates, so:
 * canonical integer labels ("0", "17", not "017") index a direct array, and other labels go
 * to an open-addressing table (FNV-1a) whose slots hold hash, id, position and length side by
 * side, so a lookup touches one slot and the text once. A Map<string, number> was 3x slower.
 */
export class LabelIndex {
  readonly labels: string[] = [];
  private direct = new Int32Array(1024);
  private table = new Int32Array(SLOT << 16);
  private tableSize = 0;

  constructor(private readonly text: string) {}

  /** The id of the label text[from, to), adding it if new. */
  idOf(from: number, to: number): number {
    const { text } = this;
    let h = 0x811c9dc5;
    let value = 0;
    let integer = to - from < 9 && (text.charCodeAt(from) !== 48 || to - from === 1);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h ^ c, 0x01000193);
      integer &&= c >= 48 && c <= 57;
      value = value * 10 + c - 48;
    }
    if (integer && value < DIRECT_LIMIT) return this.directId(value, from, to);
    h ^= h >>> 16; // FNV's low bits mix poorly; the table indexes by them
    const { table } = this;
    const wrap = table.length - 1; // table.length is a power of two
    for (let s = (h * SLOT) & wrap; ; s = (s + SLOT) & wrap) {
      if (table[s + 1] === 0) return this.addToTable(s, h, from, to);
      if (
        table[s] === h &&
        table[s + 3] === to - from &&
        this.sameText(table[s + 2], from, to - from)
      )
        return table[s + 1] - 1;
    }
  }

  private sameText(at: number, from: number, length: number): boolean {
    const { text } = this;
    for (let i = 0; i < length; i++)
      if (text.charCodeAt(at + i) !== text.charCodeAt(from + i)) return false;
    return true;
  }

  private directId(value: number, from: number, to: number): number {
    if (value >= this.direct.length)
      this.direct = grow(
        this.direct,
        Math.min(DIRECT_LIMIT, Math.max(value + 1, this.direct.length * 2)),
      );
    if (this.direct[value] === 0) this.direct[value] = this.labels.push(this.text.slice(from, to));
    return this.direct[value] - 1;
  }

  private addToTable(s: number, h: number, from: number, to: number): number {
    const id = this.labels.push(this.text.slice(from, to)) - 1;
    this.table.set([h, id + 1, from, to - from], s);
    this.tableSize++;
    if (2 * this.tableSize > this.table.length / SLOT) this.rehash();
    return id;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    const wrap = this.table.length - 1;
    for (let o = 0; o < old.length; o += SLOT) {
      if (old[o + 1] === 0) continue;
      let s = (old[o] * SLOT) & wrap;
      while (this.table[s + 1] !== 0) s = (s + SLOT) & wrap;
      this.table.set(old.subarray(o, o + SLOT), s);
    }
  }
}
