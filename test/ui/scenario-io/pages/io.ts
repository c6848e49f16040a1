import type { Problem } from '../../../../src/scenario/index.ts';
import {
  exampleScenarios,
  installDropTarget,
  pickFile,
  renderProblems,
  scenarioFromHash,
  scenarioToHash,
} from '../../../../src/ui/scenario-io/index.ts';

/** Checks of the DOM and stream parts in a real browser; each returns plain data for the test. */
const checks = {
  problemsPanel() {
    const container = document.getElementById('problems')!;
    container.textContent = 'what was here';
    const hostile = '<img src=x onerror="window.pwned=1">';
    const problems: Problem[] = [
      { path: '$.name', expected: 'plain text', found: hostile, message: `Bad ${hostile}` },
      {
        path: '$',
        expected: 'valid JSON',
        found: '}',
        message: 'The file is not valid JSON at line 2, column 3: x.',
        line: 2,
        column: 3,
      },
    ];
    let dismissed = 0;
    const panel = renderProblems(container, `${hostile}.json`, problems, () => (dismissed += 1));
    const seen = {
      role: panel.getAttribute('role'),
      live: panel.getAttribute('aria-live'),
      testid: panel.dataset.testid,
      title: panel.querySelector('h2')?.textContent,
      paths: [...panel.querySelectorAll('li code')].map((code) => code.textContent),
      details: [...panel.querySelectorAll('.problem-detail')].map((detail) => detail.textContent),
      note: panel.querySelector('p')?.textContent,
      images: container.querySelectorAll('img').length,
      replaced: !container.textContent?.includes('what was here'),
    };
    panel.querySelector('button')!.click();
    return { ...seen, dismissed, removed: container.children.length === 0 };
  },

  async shareLinks(fromNode: string) {
    const made = await scenarioToHash(exampleScenarios()[0].scenario);
    const back = made.ok ? await scenarioFromHash(made.hash) : null;
    const nodeLink = await scenarioFromHash(fromNode);
    return {
      browserHash: made.ok ? made.hash : null,
      roundTrip: back?.ok === true,
      nodeLinkName: nodeLink?.ok ? nodeLink.scenario.name : null,
    };
  },

  dropTarget() {
    const target = document.getElementById('drop')!;
    const dropped: string[] = [];
    const remove = installDropTarget(target, (file) => dropped.push(file.name));
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{}'], 'dropped.json'));
    target.dispatchEvent(
      new DragEvent('dragenter', { dataTransfer: transfer, cancelable: true, bubbles: true }),
    );
    const activeWhileOver = target.classList.contains('drop-active');
    const text = new DataTransfer();
    text.setData('text/plain', 'hello');
    const textDrop = new DragEvent('drop', { dataTransfer: text, cancelable: true, bubbles: true });
    target.dispatchEvent(textDrop);
    target.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }),
    );
    const result = {
      activeWhileOver,
      activeAfter: target.classList.contains('drop-active'),
      textDropIgnored: !textDrop.defaultPrevented,
      dropped,
    };
    remove();
    return result;
  },
};

const picked: { name: string | null }[] = [];
document.getElementById('pick')!.addEventListener('click', async () => {
  const file = await pickFile('.json');
  picked.push({ name: file?.name ?? null });
});

Object.assign(window, { rippleIo: { checks, picked } });
