import { describe, expect, it } from 'vitest';
import { classifyFile, readScenarioFile } from '../../../src/ui/scenario-io/index.ts';
import { minimal } from '../../scenario/helpers.ts';

async function problemsOf(file: File) {
  const result = await readScenarioFile(file);
  if (result.ok) return expect.fail('expected problems');
  return result.problems;
}

describe('readScenarioFile', () => {
  it('opens a valid scenario, with or without a byte-order mark', async () => {
    for (const prefix of ['', '\ufeff']) {
      const result = await readScenarioFile(
        new File([prefix + JSON.stringify(minimal())], 'ok.json'),
      );
      expect(result.ok && result.scenario.name).toBe('Test');
    }
  });

  it('refuses a file over 1 MB by its size, before reading it', async () => {
    const huge = {
      name: 'big.json',
      size: 3.2 * 1_048_576,
      arrayBuffer: () => expect.fail('read a file that is too large'),
    } as unknown as File;
    const problems = await problemsOf(huge);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^This file is 3\.2 MB; scenario files are at most 1 MB/);
    expect(problems[0]).toMatchObject({ path: '$', found: '3.2 MB' });
  });

  it('never shows an oversize file as 1.0 MB', async () => {
    const problems = await problemsOf(new File([new Uint8Array(1_048_577)], 'just-over.json'));
    expect(problems[0].found).toBe('1.1 MB');
  });

  it('opens a file of exactly 1 MB', async () => {
    const text = JSON.stringify(minimal());
    const result = await readScenarioFile(
      new File([text + ' '.repeat(1_048_576 - text.length)], 'full.json'),
    );
    expect(result.ok).toBe(true);
  });

  it('says kindly when a file is binary, UTF-16 or another encoding', async () => {
    const cases: [Uint8Array<ArrayBuffer>, RegExp][] = [
      [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        /not text \(it contains binary data\)/,
      ],
      [new Uint8Array([0xff, 0xfe, 0x7b, 0, 0x7d, 0]), /saved as UTF-16/],
      [new Uint8Array([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x7d]), /not UTF-8 text/],
    ];
    for (const [bytes, message] of cases) {
      const problems = await problemsOf(new File([bytes], 'odd.json'));
      expect(problems).toHaveLength(1);
      expect(problems[0].message).toMatch(message);
    }
  });

  it('lists the problems of a text file that is not a valid scenario', async () => {
    const problems = await problemsOf(new File(['{ "version": 1,\n  "name": }'], 'bad.json'));
    expect(problems[0]).toMatchObject({ line: 2, expected: 'valid JSON' });
  });
});

describe('classifyFile', () => {
  it('tells scenarios, graphs and other files apart by extension, in any case', () => {
    expect(['a.json', 'B.JSON', 'x.y.Json'].map(classifyFile)).toEqual([
      'scenario',
      'scenario',
      'scenario',
    ]);
    expect(
      ['net.txt', 'net.edges', 'NET.GEXF', 'net.graphml', 'net.edgelist'].map(classifyFile),
    ).toEqual(Array(5).fill('graph'));
    expect(
      ['photo.png', 'json', 'net.csv', '', 'a.json.zip', '.json.txt'].map(classifyFile),
    ).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'graph']);
  });
});
