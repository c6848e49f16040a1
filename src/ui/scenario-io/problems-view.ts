import type { Problem } from '../../scenario/index.ts';
import { problemsText } from './problem-lines.ts';

/**
 * Shows why a scenario was not opened, in place of whatever `container` held: a dismissible
 * alert listing each problem's JSON path, message and details. Every string goes in through
 * textContent, never as HTML: file contents and names are untrusted.
 */
export function renderProblems(
  container: HTMLElement,
  source: string,
  problems: Problem[],
  onDismiss: () => void,
  instead?: string,
): HTMLElement {
  const text = problemsText(source, problems, instead);
  const panel = element('section', 'problems');
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-live', 'assertive');
  panel.dataset.testid = 'problems';

  const list = element('ul', 'problems-list');
  for (const item of text.items) {
    const entry = element('li', 'problem');
    entry.append(
      element('code', 'problem-path', item.path),
      ' ',
      element('span', 'problem-message', item.message),
    );
    if (item.detail !== null) entry.append(element('div', 'problem-detail', item.detail));
    list.append(entry);
  }
  if (text.more !== null) list.append(element('li', 'problems-more', text.more));

  const dismiss = element('button', 'problems-dismiss', 'Dismiss');
  dismiss.type = 'button';
  dismiss.addEventListener('click', () => {
    panel.remove();
    onDismiss();
  });

  panel.append(
    element('h2', 'problems-title', text.title),
    list,
    element('p', 'problems-note', text.note),
    dismiss,
  );
  container.replaceChildren(panel);
  return panel;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
