import { describe, expect, it } from 'vitest';
import { DROP_ACTIVE_CLASS, installDropTarget } from '../../../src/ui/scenario-io/index.ts';

/** Just enough of an element: events and a class list. */
class FakeElement extends EventTarget {
  readonly classes = new Set<string>();
  readonly classList = {
    toggle: (name: string, force: boolean) => (
      force ? this.classes.add(name) : this.classes.delete(name), force
    ),
  };
}

function drag(
  type: string,
  types: string[],
  files: File[] = [],
): Event & { dataTransfer: { dropEffect: string } } {
  const event = new Event(type, { cancelable: true });
  return Object.assign(event, { dataTransfer: { types, files, dropEffect: 'none' } });
}

function setUp() {
  const element = new FakeElement();
  const dropped: File[] = [];
  const remove = installDropTarget(element as unknown as HTMLElement, (file) => dropped.push(file));
  const active = () => element.classes.has(DROP_ACTIVE_CLASS);
  return { element, dropped, remove, active };
}

describe('installDropTarget', () => {
  const file = new File(['{}'], 'a.json');

  it('marks the element while a file is over it, through child enters and leaves', () => {
    const { element, active } = setUp();
    element.dispatchEvent(drag('dragenter', ['Files']));
    element.dispatchEvent(drag('dragenter', ['Files'])); // into a child
    element.dispatchEvent(drag('dragleave', ['Files'])); // out of the child
    expect(active()).toBe(true);
    const over = drag('dragover', ['Files']);
    element.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(over.dataTransfer.dropEffect).toBe('copy');
    element.dispatchEvent(drag('dragleave', ['Files']));
    expect(active()).toBe(false);
  });

  it('hands over the dropped file and unmarks the element', () => {
    const { element, dropped, active } = setUp();
    element.dispatchEvent(drag('dragenter', ['Files']));
    const drop = drag('drop', ['Files'], [file]);
    element.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(dropped).toEqual([file]);
    expect(active()).toBe(false);
  });

  it('leaves drags of text and links alone', () => {
    const { element, dropped, active } = setUp();
    for (const type of ['dragenter', 'dragover', 'drop']) {
      const event = drag(type, ['text/plain', 'text/uri-list']);
      element.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(active()).toBe(false);
    expect(dropped).toEqual([]);
  });

  it('stops listening and unmarks the element when removed', () => {
    const { element, dropped, remove, active } = setUp();
    element.dispatchEvent(drag('dragenter', ['Files']));
    remove();
    expect(active()).toBe(false);
    element.dispatchEvent(drag('drop', ['Files'], [file]));
    expect(dropped).toEqual([]);
  });
});
