import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile, UnreadableFile } from '../../src/cli/bounded-read.ts';
import { main } from '../../src/cli/main.ts';
import { checkOutputFile, writeWholeFile } from '../../src/cli/output-file.ts';
import { diskIo } from './fake-io.ts';

const SECRET = 'TOP_SECRET_TOKEN=abc123';

function scenarioWithGraph(path: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: 1,
    name: 'Graph file',
    seed: 1,
    graph: { generator: 'file', path, format: 'edgelist', ...extra },
    content: { model: 'independent-cascade', power: 0.5 },
    seeding: { strategy: 'random', count: 1 },
    run: { runs: 3 },
  });
}

let root: string;
let lab: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ripple-untrusted-'));
  lab = join(root, 'lab');
  outside = join(root, 'elsewhere');
  mkdirSync(lab);
  mkdirSync(outside);
  writeFileSync(join(lab, 'edges.txt'), 'a b\nb c\n');
  writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n`);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

async function ripple(...argv: string[]) {
  const { io, out } = diskIo();
  const code = await main(argv, io);
  return { code, ...out };
}

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

describe('reading untrusted files', () => {
  it('reads a regular file whole, and refuses one over the limit while reading it', () => {
    const file = join(lab, 'ten.txt');
    writeFileSync(file, '0123456789');
    expect(readRegularFile(file, 10)).toBe('0123456789');
    expect(() => readRegularFile(file, 9)).toThrow(/larger than 9 bytes/);
  });

  it('refuses devices, FIFOs and folders without reading or waiting', () => {
    for (const path of ['/dev/zero', '/dev/urandom', fifo(join(lab, 'pipe.txt')), lab]) {
      const error = (() => {
        try {
          readRegularFile(path, 1 << 20);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UnreadableFile);
      expect((error as Error).message).toMatch(/not a regular file|is a folder/);
    }
  });
});

describe('graph files named in a scenario', () => {
  it('reads one inside the scenario’s folder', async () => {
    writeFileSync(join(lab, 's.json'), scenarioWithGraph('edges.txt'));
    const result = await ripple('run', join(lab, 's.json'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).network.nodes).toBe(3);
  });

  it.each([
    ['a path with ..', '../elsewhere/secret.txt'],
    ['a path far up the tree', '../../../../../../../../proc/self/environ'],
  ])('refuses %s that leads outside, never quoting the file (exit 1)', async (_, path) => {
    writeFileSync(join(lab, 's.json'), scenarioWithGraph(path));
    const result = await ripple('run', join(lab, 's.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("leads outside the scenario's folder");
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stderr).not.toMatch(/PATH=|HOME=/);
    const validate = await ripple('validate', join(lab, 's.json'));
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('$.graph.path: The graph file');
  });

  it('follows symbolic links before deciding, so a link inside pointing outside is refused', async () => {
    symlinkSync(join(outside, 'secret.txt'), join(lab, 'link.txt'));
    writeFileSync(join(lab, 's.json'), scenarioWithGraph('link.txt'));
    const result = await ripple('run', join(lab, 's.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('leads outside');
    expect(result.stderr).not.toContain(SECRET);
  });

  it('reads from a folder named with --allow-dir, and a file named with --graph', async () => {
    writeFileSync(join(outside, 'edges.txt'), 'x y\n');
    writeFileSync(join(lab, 's.json'), scenarioWithGraph('../elsewhere/edges.txt'));
    const allowed = await ripple('run', join(lab, 's.json'), '--allow-dir', outside);
    expect(allowed.code).toBe(0);
    expect((await ripple('validate', join(lab, 's.json'), '--allow-dir', outside)).code).toBe(0);
    const given = await ripple('run', join(lab, 's.json'), '--graph', join(outside, 'edges.txt'));
    expect(given.code).toBe(0);
    expect(JSON.parse(given.stdout).network.nodes).toBe(2);
    const missing = await ripple('run', join(lab, 's.json'), '--allow-dir', join(root, 'none'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no such folder');
  });

  it('refuses a device or a FIFO inside an allowed folder, in bounded time', async () => {
    fifo(join(lab, 'pipe.txt'));
    writeFileSync(join(lab, 'fifo.json'), scenarioWithGraph('pipe.txt'));
    writeFileSync(join(lab, 'zero.json'), scenarioWithGraph('../../../../../../../dev/zero'));
    const piped = await ripple('run', join(lab, 'fifo.json'));
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain('not a regular file');
    const zero = await ripple('run', join(lab, 'zero.json'), '--allow-dir', '/dev');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain('not a regular file');
  });

  it('says when the file is missing, in run and in validate', async () => {
    writeFileSync(join(lab, 's.json'), scenarioWithGraph('gone.txt'));
    const result = await ripple('run', join(lab, 's.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot read the graph file "gone.txt" named in the scenario');
    expect((await ripple('validate', join(lab, 's.json'))).stdout).toContain('no such file');
  });
});

describe('scenario files', () => {
  it('refuses a device or FIFO as a scenario, and a second scenario file', async () => {
    expect(await ripple('run', '/dev/zero')).toMatchObject({ code: 2 });
    const validate = await ripple('validate', '/dev/urandom');
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('/dev/urandom: cannot be read: it is not a regular file');
    writeFileSync(join(lab, 's.json'), scenarioWithGraph('edges.txt'));
    for (const command of ['run', 'sweep', 'compare', 'graph']) {
      const two = await ripple(command, join(lab, 's.json'), join(lab, 's.json'));
      expect(two.code).toBe(2);
      expect(two.stderr).toContain(`ripple ${command} works on one scenario file, but got 2`);
    }
  });

  it('refuses a scenario over 1 MB as a problem in the file (exit 1)', async () => {
    writeFileSync(join(lab, 'big.json'), ' '.repeat(2 ** 20 + 1));
    const result = await ripple('run', join(lab, 'big.json'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('larger than 1 MB');
  });
});

describe('--out', () => {
  const run = (out: string) => ripple('run', join(lab, 's.json'), '--out', out);
  beforeEach(() => writeFileSync(join(lab, 's.json'), scenarioWithGraph('missing-graph.txt')));

  it.each([
    [
      'a symbolic link',
      () => (symlinkSync(join(lab, 'edges.txt'), join(lab, 'l.json')), 'l.json'),
      'symbolic link',
    ],
    ['a FIFO', () => fifo(join(lab, 'p.json')), 'not a regular file'],
    ['a folder', () => lab, 'is a folder'],
    ['a file in a missing folder', () => join(lab, 'no', 'x.json'), 'does not exist'],
    ['a device', () => '/dev/full', 'not a regular file'],
  ])('refuses %s before any work is done (exit 2), leaving it as it was', async (_, make, why) => {
    const before = readdirSync(lab).sort();
    const out = make();
    const target = out.startsWith('/') ? out : join(lab, out);
    const result = await run(target);
    expect(result.code).toBe(2);
    // The scenario's graph file is missing: the --out message proves nothing was built first.
    expect(result.stderr).toContain(why);
    expect(result.stderr).not.toContain('missing-graph.txt');
    const added = readdirSync(lab).filter((f) => !before.includes(f));
    expect(added.filter((f) => join(lab, f) !== target)).toEqual([]);
    expect(readFileSync(join(lab, 'edges.txt'), 'utf8')).toBe('a b\nb c\n');
  });

  it('replaces a regular file whole and leaves no temporary file behind', () => {
    const target = join(lab, 'out.json');
    writeFileSync(target, 'old');
    checkOutputFile(target);
    writeWholeFile(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(lab).sort()).toEqual(['edges.txt', 'out.json', 's.json']);
  });

  it('refuses, and cleans up, when the target turned into a folder during the run', () => {
    const target = join(lab, 'late.json');
    checkOutputFile(target);
    mkdirSync(target);
    expect(() => writeWholeFile(target, 'x')).toThrow(/is a folder/);
    expect(readdirSync(lab).sort()).toEqual(['edges.txt', 'late.json', 's.json']);
  });

  it('cleans up when the folder vanished during the run', () => {
    const folder = join(lab, 'gone');
    mkdirSync(folder);
    checkOutputFile(join(folder, 'x.json'));
    rmSync(folder, { recursive: true });
    expect(() => writeWholeFile(join(folder, 'x.json'), 'x')).toThrow(/Cannot write --out/);
    expect(readdirSync(lab).sort()).toEqual(['edges.txt', 's.json']);
  });
});
