/** Small widgets shared by the panels and views: labelled inputs, buttons, a progress row. */

export function numberInput(
  label: string,
  value: number,
  step: number,
  testid: string,
): { element: HTMLLabelElement; input: HTMLInputElement } {
  const element = document.createElement('label');
  element.className = 'inline-field';
  const input = document.createElement('input');
  input.type = 'number';
  input.step = String(step);
  input.value = String(value);
  input.dataset.testid = testid;
  element.append(label, input);
  return { element, input };
}

export function selectInput(
  label: string,
  options: ReadonlyArray<readonly [string, string]>,
  testid: string,
): { element: HTMLLabelElement; select: HTMLSelectElement } {
  const element = document.createElement('label');
  element.className = 'inline-field';
  const select = document.createElement('select');
  select.dataset.testid = testid;
  for (const [value, text] of options) select.append(new Option(text, value));
  element.append(label, select);
  return { element, select };
}

export function button(
  text: string,
  testid: string,
  onClick: () => void,
  primary = false,
): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.dataset.testid = testid;
  if (primary) b.className = 'primary';
  b.addEventListener('click', onClick);
  return b;
}

/** A progress bar with its words, for a job of `total` runs. */
export function progressRow(
  testid: string,
  label: string,
): {
  element: HTMLDivElement;
  update: (running: boolean, done: number, total: number, message: string | null) => void;
} {
  const element = document.createElement('div');
  element.className = 'progress-row';
  const bar = document.createElement('progress');
  bar.dataset.testid = testid;
  bar.setAttribute('aria-label', label);
  const words = document.createElement('span');
  words.setAttribute('aria-live', 'polite');
  element.append(bar, words);
  return {
    element,
    update(running, done, total, message) {
      bar.hidden = !running;
      bar.max = Math.max(1, total);
      bar.value = done;
      words.textContent = running
        ? `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} runs`
        : (message ?? '');
    },
  };
}
