/** The class an element has while a file is dragged over it. */
export const DROP_ACTIVE_CLASS = 'drop-active';

/**
 * Lets files be dropped on an element, marking it with `drop-active` while a file is over it.
 * Drags of text, links or page elements are left alone. Returns a function that undoes it.
 */
export function installDropTarget(element: HTMLElement, onFile: (file: File) => void): () => void {
  // dragenter and dragleave fire for every child crossed, so count them to know when the drag left.
  let depth = 0;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  const setActive = (active: boolean) => element.classList.toggle(DROP_ACTIVE_CLASS, active);

  const onEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    setActive(true);
  };
  const onOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the file itself, replacing the app.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) setActive(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    setActive(false);
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };

  const listeners = [
    ['dragenter', onEnter],
    ['dragover', onOver],
    ['dragleave', onLeave],
    ['drop', onDrop],
  ] as const;
  for (const [type, listener] of listeners) element.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener);
    setActive(false);
  };
}
