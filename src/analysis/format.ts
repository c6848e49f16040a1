// Known leftover, for the second round: theory-overlay.ts still imports these two by their old
// names. Delete this file once it imports them from src/format like the rest of analysis.
export { formatPercent, formatStat as formatNumber } from '../format/index.ts';
