import type { EnsembleSummary } from '../../../sim/index.ts';
import {
  COLUMNS,
  OBSERVABLE_ROWS,
  observablesCaption,
  rowCells,
  tableTitle,
} from './observable-rows.ts';

export interface ObservablesTable {
  /** Show this summary; `nodes` (default summary.nodes) turns people counts into shares of the network. */
  update(summary: EnsembleSummary | null, nodes?: number): void;
  element(): HTMLTableElement;
  caption(): string;
  destroy(): void;
}

const EMPTY_MESSAGE = 'Run an ensemble to see the statistics';

function cell(tag: 'td' | 'th', text: string, numeric: boolean): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  element.style.padding = '0.3em 0.6em';
  element.style.textAlign = numeric ? 'right' : 'left';
  element.style.whiteSpace = numeric ? 'nowrap' : 'normal';
  return element;
}

/** One row per observable: mean, sd, median, 5–95% and the 95% CI of the mean, with units and definitions. */
export function createObservablesTable(container: HTMLElement): ObservablesTable {
  const table = document.createElement('table');
  table.className = 'ripple-observables';
  table.style.borderCollapse = 'collapse';
  table.style.fontVariantNumeric = 'tabular-nums';
  const title = table.createCaption();
  const head = table.createTHead().insertRow();
  COLUMNS.forEach((column, i) => {
    const th = cell('th', column.heading, i > 0);
    th.scope = 'col';
    th.title = column.definition;
    head.append(th);
  });
  const body = table.createTBody();
  let caption = EMPTY_MESSAGE;
  container.append(table);

  function showEmpty(): void {
    title.textContent = 'Statistics over many runs';
    const td = cell('td', EMPTY_MESSAGE, false);
    td.colSpan = COLUMNS.length;
    body.insertRow().append(td);
    caption = EMPTY_MESSAGE;
  }

  function show(summary: EnsembleSummary, nodes: number): void {
    title.textContent = tableTitle(summary.runs);
    for (const row of OBSERVABLE_ROWS) {
      const tr = body.insertRow();
      tr.title = row.definition;
      const th = cell('th', `${row.label} (${row.unit})`, false);
      th.scope = 'row';
      th.style.fontWeight = 'normal';
      tr.append(
        th,
        ...rowCells(row, summary[row.key], nodes).map((text) => cell('td', text, true)),
      );
    }
    caption = observablesCaption(summary);
  }

  showEmpty();
  return {
    update(summary, nodes = summary?.nodes ?? 0) {
      body.replaceChildren();
      if (summary && summary.runs > 0) show(summary, nodes);
      else showEmpty();
    },
    element: () => table,
    caption: () => caption,
    destroy: () => table.remove(),
  };
}
