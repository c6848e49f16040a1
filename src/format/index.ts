export { formatJson } from './json.ts';
export {
  formatCount,
  formatCriticalPower,
  formatExact,
  formatP,
  formatPercent,
  formatPGlobal,
  formatProbability,
  formatRange,
  formatShareTick,
  formatStat,
} from './number.ts';
export { formatList, plural, quoted, quotedList } from './text.ts';
