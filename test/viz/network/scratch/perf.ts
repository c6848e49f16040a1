import { barabasiAlbert } from '../../../../src/graph/generators/index.ts';
import { createRng } from '../../../../src/random/rng.ts';
import { createNetworkView } from '../../../../src/viz/network/index.ts';
import { createSceneState } from '../../../../src/viz/network/scene-state.ts';
import { createFrameRenderer } from '../../../../src/viz/network/frame-renderer.ts';
import { project, viewportFor } from '../../../../src/viz/network/viewport.ts';
import { createLayout } from '../../../../src/workers/layout/layout-core.ts';
import type { CascadeView } from '../../../../src/viz/network/types.ts';

function cascadeOf(n: number, src: Int32Array, dst: Int32Array, p: number): CascadeView {
  const rng = createRng('perf-cascade');
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < src.length; e++) { adj[src[e]].push(dst[e]); adj[dst[e]].push(src[e]); }
  const step = new Int32Array(n).fill(-1), parent = new Int32Array(n).fill(-1), generation = new Int32Array(n).fill(-1);
  let frontier = [0]; step[0] = 0; generation[0] = 0; let t = 0;
  while (frontier.length) {
    const next: number[] = [];
    for (const u of frontier) for (const v of adj[u]) if (step[v] < 0 && rng() < p) { step[v] = t + 1; parent[v] = u; generation[v] = generation[u] + 1; next.push(v); }
    frontier = next; if (next.length) t++;
  }
  return { step, parent, generation, maxStep: t };
}
const median = (a: number[]) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
const raf = () => new Promise<number>((r) => requestAnimationFrame(r));

async function drawBench(n: number, m: number, settle: boolean, dpr: number) {
  const net = barabasiAlbert({ n, m, rng: createRng('perf', n) });
  const data = { ...net };
  const state = createSceneState();
  state.setNetwork(data);
  let layoutMs = 0;
  if (settle) { const t0 = performance.now(); const l = createLayout(data); l.tick(10000); layoutMs = performance.now() - t0; state.setNetworkPositions(l.positions()); }
  state.setSeeds([0]);
  const cascade = cascadeOf(n, net.src, net.dst, 0.2);
  state.setCascade(cascade);
  const canvas = document.createElement('canvas');
  canvas.width = 1200 * dpr; canvas.height = 800 * dpr;
  document.body.append(canvas);
  const ctx = canvas.getContext('2d')!;
  const renderer = createFrameRenderer();
  const full: number[] = [], play: number[] = [];
  let reached = 0;
  for (let i = 0; i < 30; i++) {
    state.setTime(i % (cascade.maxStep + 1));
    const t0 = performance.now();
    const scene = state.scene()!;
    const xy = state.positions();
    const sx = new Float32Array(n), sy = new Float32Array(n);
    const view = viewportFor(state.bounds, 1200, 800, { k: 1 + i * 0.01, x: 0, y: 0 });
    project(xy, view, sx, sy);
    const c = renderer.draw(ctx, scene, { view, sx, sy }, dpr, `full${i}`);
    ctx.getImageData(0, 0, 1, 1);
    full.push(performance.now() - t0);
    const t1 = performance.now();
    state.setTime((i + 1) % (cascade.maxStep + 1));
    renderer.draw(ctx, state.scene()!, { view, sx, sy }, dpr, `full${i}`);
    ctx.getImageData(0, 0, 1, 1);
    play.push(performance.now() - t1);
    reached = c.edges;
  }
  canvas.remove();
  return { n, m: net.src.length, dpr, settled: settle, layoutMsMainThread: Math.round(layoutMs), fullFrameMs: +median(full).toFixed(1), playbackFrameMs: +median(play).toFixed(1), edgesDrawn: reached, maxStep: cascade.maxStep, reached: Array.from(cascade.step).filter((s) => s >= 0).length };
}

async function viewBench() {
  const n = 10000;
  const net = barabasiAlbert({ n, m: 3, rng: createRng('perf', n) });
  const cascade = cascadeOf(n, net.src, net.dst, 0.2);
  const view = createNetworkView(document.getElementById('net')!);
  const t0 = performance.now();
  view.setNetwork(net); view.setSeeds([0]); view.setCascade(cascade); view.setTime(0);
  const canvas = document.querySelector('[data-testid="network-canvas"]')!;
  let firstPositions = 0;
  while (canvas.getAttribute('data-layout-state') !== 'done') { await raf(); if (!firstPositions && canvas.getAttribute('data-layout-state') === 'running') firstPositions = performance.now() - t0; }
  const layoutMs = performance.now() - t0;
  // Playback: one step per frame for 120 frames.
  await raf();
  const f0 = performance.now();
  for (let i = 0; i < 120; i++) { view.setTime(i % (cascade.maxStep + 1)); await raf(); }
  const playbackFps = 120 / ((performance.now() - f0) / 1000);
  view.setLayout('ripple');
  await new Promise((r) => setTimeout(r, 800));
  const svg = view.toSvg();
  const png = await view.toPngBlob();
  const attrs = Object.fromEntries(Array.from(canvas.attributes).map((a) => [a.name, a.value]));
  view.destroy();
  return { layoutWorkerMs: Math.round(layoutMs), playbackFps: Math.round(playbackFps), svgKB: Math.round(svg.length / 1024), pngKB: Math.round(png.size / 1024), attrs };
}

(async () => {
  const out: unknown[] = [];
  try {
    out.push(await viewBench());
    out.push(await drawBench(10000, 3, true, 1));
    out.push(await drawBench(10000, 3, true, 2));
    out.push(await drawBench(100000, 3, false, 1));
  } catch (e) { out.push(String(e instanceof Error ? e.stack : e)); }
  (window as unknown as { perf: unknown }).perf = out;
})();
