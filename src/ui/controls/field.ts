import type { Problem } from '../../scenario/index.ts';
import { getAt, type Path } from './scenario-path.ts';

/** How a field proposes a new value: the lab answers, once it has tried it, with the problems if any. */
export type Commit = (path: Path, value: unknown) => Promise<readonly Problem[]>;

export interface FieldSpec {
  readonly path: Path;
  readonly label: string;
  /** A short explanation shown under the label (and read by screen readers). */
  readonly help?: string;
  readonly type: 'number' | 'slider' | 'select' | 'checkbox';
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly options?: ReadonlyArray<readonly [value: string, label: string]>;
  /** What an absent value means (the schema's default), shown instead of an empty box. */
  readonly fallback?: unknown;
}

export interface Field {
  readonly element: HTMLElement;
  /** Shows the scenario's current value (unless the person is typing in this field). */
  sync(scenario: unknown): void;
  /** Extra content beside the control, such as the critical-value marker. */
  readonly extra: HTMLElement;
}

let nextId = 0;

/** A labelled control bound to one scenario value; invalid input stays put with its message. */
export function createField(spec: FieldSpec, commit: Commit): Field {
  const id = `field-${++nextId}`;
  const element = document.createElement('div');
  element.className = `field field-${spec.type}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${id}-error`;
  error.setAttribute('aria-live', 'polite');
  const extra = document.createElement('div');
  extra.className = 'field-extra';
  const controls = spec.type === 'slider' ? sliderControls(id, spec) : [singleControl(id, spec)];
  const main = controls[controls.length - 1];
  element.append(label);
  if (spec.help) {
    const help = document.createElement('p');
    help.className = 'field-help';
    help.id = `${id}-help`;
    help.textContent = spec.help;
    main.setAttribute('aria-describedby', `${help.id} ${error.id}`);
    element.append(help);
  }
  const row = document.createElement('div');
  row.className = 'field-row';
  row.append(...controls);
  element.append(row, extra, error);

  const read = (control: HTMLInputElement | HTMLSelectElement): unknown => {
    if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked;
    if (spec.type === 'select') return control.value;
    return control.value.trim() === '' ? undefined : Number(control.value);
  };
  let proposals = 0;
  let answered = 0;
  /** Typed into but not yet committed (no Enter, still focused). */
  let typing = false;
  /** The last scenario shown to this field, and whether showing it was put off. */
  let latest: unknown = null;
  let putOff = false;

  // Builds land after the edits that asked for them: never overwrite what the person is
  // typing, or a value of theirs still being built, with an older one; show it once answered.
  const sync = (scenario: unknown) => {
    latest = scenario;
    putOff = answered < proposals;
    if (putOff) return;
    const value = getAt(scenario, spec.path) ?? spec.fallback;
    for (const control of controls) {
      if (
        document.activeElement === control &&
        (typing || control.getAttribute('aria-invalid') === 'true')
      )
        continue;
      if (control instanceof HTMLInputElement && control.type === 'checkbox')
        control.checked = value === true;
      else control.value = value === undefined ? '' : String(value);
      control.setAttribute('aria-invalid', 'false');
    }
    error.textContent = '';
  };

  const propose = async (control: HTMLInputElement | HTMLSelectElement) => {
    typing = false;
    if (spec.type === 'slider')
      for (const c of controls) if (c !== control) c.value = control.value;
    const proposal = ++proposals;
    const problems = await commit(spec.path, read(control));
    answered = Math.max(answered, proposal);
    if (proposal !== proposals) return; // the person has typed or dragged on since
    const own = problems.find((p) => belongsTo(p.path, spec.path)) ?? problems[0];
    if (!own) {
      if (putOff) sync(latest);
      return;
    }
    // A problem elsewhere (a newer edit this one was folded into, or a setting this one clashes with) still explains it.
    error.textContent = belongsTo(own.path, spec.path)
      ? own.message
      : `Not applied: ${own.message}`;
    for (const c of controls) c.setAttribute('aria-invalid', 'true');
  };
  for (const control of controls) {
    // Sliders commit while dragging; typed numbers when the person is done (Enter or leaving).
    const slider = control instanceof HTMLInputElement && control.type === 'range';
    if (!slider) {
      control.addEventListener('input', () => (typing = true));
      // Left without a change (typed, then put back): nothing to commit, so show the scenario again.
      control.addEventListener('blur', () => {
        if (!typing) return;
        typing = false;
        if (latest !== null) sync(latest);
      });
    }
    control.addEventListener(slider ? 'input' : 'change', () => void propose(control));
  }
  return { element, extra, sync };
}

function singleControl(id: string, spec: FieldSpec): HTMLInputElement | HTMLSelectElement {
  if (spec.type === 'select') {
    const select = document.createElement('select');
    select.id = id;
    for (const [value, text] of spec.options ?? []) select.append(new Option(text, value));
    return select;
  }
  const input = document.createElement('input');
  input.id = id;
  input.type = spec.type === 'checkbox' ? 'checkbox' : 'number';
  if (spec.type === 'number') setRange(input, spec);
  return input;
}

/** A range slider with a number box beside it (exact values and keyboard entry). */
function sliderControls(id: string, spec: FieldSpec): HTMLInputElement[] {
  const slider = document.createElement('input');
  slider.type = 'range';
  slider.id = `${id}-slider`;
  slider.setAttribute('aria-label', `${spec.label} (slider)`);
  const box = document.createElement('input');
  box.type = 'number';
  box.id = id;
  setRange(slider, spec);
  setRange(box, spec);
  return [slider, box];
}

function setRange(input: HTMLInputElement, spec: FieldSpec): void {
  if (spec.min !== undefined) input.min = String(spec.min);
  if (spec.max !== undefined) input.max = String(spec.max);
  input.step = String(spec.step ?? 'any');
}

/** Whether a problem's JSON path ($.content.power, $.seeding.nodes[0]) is at or under the field's path. */
function belongsTo(problemPath: string, path: Path): boolean {
  const own = ['$', ...path].join('.');
  return (
    problemPath === own || problemPath.startsWith(`${own}.`) || problemPath.startsWith(`${own}[`)
  );
}
