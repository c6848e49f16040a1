import { easeCubicInOut, type ZoomTransform, zoomIdentity } from 'd3';
import { createLayoutClient } from '../../workers/index.ts';
import { createSurface } from './canvas-surface.ts';
import { baseRadius } from './draw-nodes.ts';
import { sceneToPng, sceneToSvg } from './export-image.ts';
import { createFrameRenderer } from './frame-renderer.ts';
import { attachInteraction } from './interaction.ts';
import { createPicker } from './picking.ts';
import type { Screen } from './scene.ts';
import { createSceneState } from './scene-state.ts';
import { createTween } from './tween.ts';
import type { LayoutMode, NetworkView, NetworkViewOptions } from './types.ts';
import { describeView } from './view-attributes.ts';
import { project, viewportFor } from './viewport.ts';

const MORPH_MS = 600;
const PULSE_MS = 700;
/** How far beyond a node's edge the pointer may be and still hover it. */
const HIT_SLOP_PX = 4;

/** The network on a <canvas>: state changes only mark the view dirty; one frame per rAF. */
export function createNetworkView(
  container: HTMLElement,
  options: NetworkViewOptions = {},
): NetworkView {
  const surface = createSurface(container);
  const state = createSceneState();
  const renderer = createFrameRenderer();
  const picker = createPicker();
  const morph = createTween();
  const pulse = createTween();
  let transform: ZoomTransform = zoomIdentity;
  let mode: LayoutMode = 'network';
  let layoutState: 'idle' | 'running' | 'done' | 'failed' = 'idle';
  let hovered: number | null = null;
  let moving = false;
  let pending = 0;
  let sx = new Float32Array(0);
  let sy = new Float32Array(0);

  const requestDraw = (): void => {
    pending ||= requestAnimationFrame(draw);
  };
  const layout = createLayoutClient(
    (xy, done) => {
      state.setNetworkPositions(xy);
      layoutState = done ? 'done' : 'running';
      requestDraw();
    },
    () => {
      layoutState = 'failed'; // the starting positions stay: a usable, if rough, picture
      requestDraw();
    },
  );

  function currentScreen(): Screen {
    const xy = state.positions();
    if (sx.length !== xy.length / 2)
      [sx, sy] = [new Float32Array(xy.length / 2), new Float32Array(xy.length / 2)];
    const view = viewportFor(state.bounds, surface.width, surface.height, transform);
    project(xy, view, sx, sy);
    return { view, sx, sy };
  }

  function draw(): void {
    pending = 0;
    const scene = state.scene();
    if (!scene) return;
    const screen = currentScreen();
    const sketch = layoutState === 'running';
    const content = [state.content, surface.width, surface.height, surface.dpr, sketch].join();
    const counts = renderer.draw(surface.ctx, scene, screen, surface.dpr, content, moving, sketch);
    describeView(surface.canvas, { scene, counts, mode, layoutState });
  }

  function pick(px: number, py: number): number | null {
    const scene = state.scene();
    if (!scene) return null;
    const screen = currentScreen();
    const slop = baseRadius(scene.data.n, screen.view) * 2 + HIT_SLOP_PX;
    return picker.nearest(state.positions(), state.version, screen.view, px, py, slop);
  }

  const interaction = attachInteraction(surface.canvas, {
    onZoom(next) {
      transform = next;
      moving = true;
      requestDraw();
    },
    onZoomEnd() {
      moving = false;
      requestDraw();
    },
    onPointer(px, py) {
      const node = pick(px, py);
      surface.canvas.style.cursor = node === null ? '' : 'pointer';
      if (node === hovered) return;
      hovered = node;
      options.onHover?.(node);
    },
    onLeave() {
      if (hovered === null) return;
      hovered = null;
      options.onHover?.(null);
    },
    onClick(px, py) {
      const node = pick(px, py);
      if (node !== null) options.onClick?.(node);
    },
  });

  // A state change: redraw once on the next frame, however many changes come before it.
  const change =
    <A extends unknown[]>(apply: (...args: A) => void) =>
    (...args: A): void => {
      apply(...args);
      requestDraw();
    };

  return {
    setNetwork: change((data) => {
      layout.start(data, state.setNetwork(data));
      layoutState = 'running';
      hovered = null;
      interaction.reset(false);
    }),
    setSeeds: change((nodes) => state.setSeeds(nodes)),
    setCascade: change((cascade) => state.setCascade(cascade)),
    setTime: change((step) => {
      state.setTime(step);
      // New activations pulse once: a ring that grows and fades.
      state.setPulse(0);
      if (!state.scene()?.groups.pulsing.length) return pulse.stop();
      pulse.start(PULSE_MS, (t) => {
        state.setPulse(t);
        requestDraw();
      });
    }),
    setColouring: change((c) => state.setColouring(c)),
    setLayout: change((next) => {
      if (next === mode) return;
      mode = next;
      const from = state.mix;
      const to = next === 'ripple' ? 1 : 0;
      morph.start(MORPH_MS, (t) => {
        state.setMix(from + (to - from) * easeCubicInOut(t));
        requestDraw();
      });
    }),
    highlight: change((node) => state.setHighlight(node)),
    get notice() {
      return state.notice;
    },
    toPngBlob() {
      const scene = state.scene();
      return scene
        ? sceneToPng(scene, currentScreen(), 2)
        : Promise.reject(new Error('There is no network to export yet.'));
    },
    toSvg() {
      const scene = state.scene();
      const { width, height } = surface;
      return scene
        ? sceneToSvg(scene, currentScreen())
        : `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"/>`;
    },
    resize: change(() => surface.resize()),
    destroy() {
      cancelAnimationFrame(pending);
      morph.stop();
      pulse.stop();
      interaction.detach();
      layout.terminate();
      surface.canvas.remove();
    },
  };
}
