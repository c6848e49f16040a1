export interface MenuItem {
  readonly title: string;
  readonly detail?: string;
  readonly testid?: string;
  readonly action: () => void;
}

/**
 * A dropdown menu on a button: opens on click, closes on choice, Escape or a click elsewhere;
 * items are rebuilt each time it opens so they always match the current state.
 */
export function attachMenu(button: HTMLButtonElement, list: HTMLElement, items: () => MenuItem[]): void {
  const close = () => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', () => {
    if (!list.hidden) return close();
    list.replaceChildren(
      ...items().map((item) => {
        const entry = document.createElement('button');
        entry.type = 'button';
        entry.setAttribute('role', 'menuitem');
        if (item.testid) entry.dataset.testid = item.testid;
        const title = Object.assign(document.createElement('span'), { className: 'menu-item-title', textContent: item.title });
        entry.append(title);
        if (item.detail) entry.append(Object.assign(document.createElement('span'), { className: 'menu-item-detail', textContent: item.detail }));
        entry.addEventListener('click', () => {
          close();
          item.action();
        });
        return entry;
      }),
    );
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    list.querySelector('button')?.focus();
  });
  list.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      close();
      button.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!list.hidden && !list.contains(e.target as Node) && e.target !== button) close();
  });
}
