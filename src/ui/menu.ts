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
export function attachMenu(
  button: HTMLButtonElement,
  list: HTMLElement,
  items: () => MenuItem[],
): void {
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
        const title = Object.assign(document.createElement('span'), {
          className: 'menu-item-title',
          textContent: item.title,
        });
        entry.append(title);
        if (item.detail)
          entry.append(
            Object.assign(document.createElement('span'), {
              className: 'menu-item-detail',
              textContent: item.detail,
            }),
          );
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
    const entries = [...list.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: entries.length - 1,
    };
    if (e.key === 'Escape') {
      close();
      button.focus();
    } else if (e.key in move) {
      e.preventDefault();
      entries[(move[e.key] + entries.length) % entries.length]?.focus();
    }
  });
  // Tabbing out of the menu closes it, so it never hangs open over the page.
  list.addEventListener('focusout', (e) => {
    if (!list.contains(e.relatedTarget as Node) && e.relatedTarget !== button) close();
  });
  document.addEventListener('click', (e) => {
    if (!list.hidden && !list.contains(e.target as Node) && e.target !== button) close();
  });
}
