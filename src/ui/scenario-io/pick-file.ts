/**
 * Opens the browser's file dialog; the chosen file, or null when it is closed without one.
 * `accept` filters the dialog, e.g. ".json" or ".txt,.edges,.gexf,.graphml".
 */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    // Some browsers (older Safari) fire change only for an input that is in the document.
    document.body.append(input);
    input.click();
  });
}
