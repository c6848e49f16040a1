import { type Selection, select } from 'd3';
import { drawEmptyState } from './empty-state.ts';
import { type ChartLayout, chartLayout, TITLE_X } from './layout.ts';
import { drawLegend, type LegendItem } from './legend.ts';
import { COLOURS, FONT_FAMILY, FONT_SIZE } from './theme.ts';

/** The API every SVG chart offers the app. */
export interface SvgChart<D> {
  /** Draw this data, or the empty state for null. */
  update(data: D | null): void;
  svg(): SVGSVGElement;
  /** One or two plain-language sentences for the app to show under the chart. */
  caption(): string;
  destroy(): void;
}

export type Group = Selection<SVGGElement, unknown, null, undefined>;

/** What a chart says about its data in words: `desc` for screen readers, `caption` for everyone. */
export interface Description {
  readonly desc: string;
  readonly caption: string;
}

/** What makes one chart different from another; the frame does the rest. */
export interface ChartSpec<D> {
  readonly title: string;
  /** Shown, read out and used as the caption when there is nothing to draw: says what to do. */
  readonly emptyMessage: string;
  readonly isEmpty: (data: D) => boolean;
  readonly legend: (data: D) => readonly LegendItem[];
  readonly rightAxis?: boolean;
  readonly describe: (data: D) => Description;
  readonly draw: (plot: Group, layout: ChartLayout, data: D) => void;
}

let nextId = 0;

/** The width inside the container's padding, where the SVG's 100% width lands. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return (
    element.clientWidth -
    (parseFloat(style.paddingLeft) || 0) -
    (parseFloat(style.paddingRight) || 0)
  );
}

/**
 * An accessible, responsive SVG chart: role="img" with an aria-label, a <title> and a <desc>
 * that tell the data in words; the viewBox follows the container's width (so text keeps its
 * pixel size on a laptop or a projector) and is redrawn when the container is resized.
 */
export function createSvgChart<D>(container: HTMLElement, spec: ChartSpec<D>): SvgChart<D> {
  const id = `ripple-chart-${++nextId}`;
  const svg = select(container)
    .append('svg')
    .attr('role', 'img')
    .attr('aria-label', spec.title)
    .attr('aria-describedby', `${id}-desc`)
    .attr('width', '100%')
    .attr('font-family', FONT_FAMILY)
    .style('display', 'block')
    .style('height', 'auto');
  const empty: Description = { desc: spec.emptyMessage, caption: spec.emptyMessage };
  let words = empty;
  let data: D | null = null;
  svg.append('title').text(spec.title);
  const desc = svg.append('desc').attr('id', `${id}-desc`).text(words.desc);
  const body = svg.append('g');
  let width = contentWidth(container);

  function render(): void {
    const legend = data ? spec.legend(data) : [];
    const layout = chartLayout({
      width,
      legend: legend.map((item) => item.label),
      rightAxis: data !== null && spec.rightAxis,
    });
    svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    body.selectChildren().remove();
    body
      .append('rect')
      .attr('width', layout.width)
      .attr('height', layout.height)
      .attr('fill', COLOURS.background);
    body
      .append('text')
      .attr('x', TITLE_X)
      .attr('y', layout.titleY)
      .attr('font-size', FONT_SIZE.title)
      .attr('font-weight', 600)
      .attr('fill', COLOURS.text)
      .text(spec.title);
    if (data) {
      drawLegend(body, layout.legend, legend);
      spec.draw(body.append('g'), layout, data);
    } else drawEmptyState(body, layout.plot, spec.emptyMessage);
  }

  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          const next = contentWidth(container);
          if (Math.abs(next - width) < 1) return;
          width = next;
          render();
        });
  observer?.observe(container);
  render();

  return {
    update(next) {
      data = next !== null && !spec.isEmpty(next) ? next : null;
      words = data ? spec.describe(data) : empty;
      desc.text(words.desc);
      render();
    },
    svg: () => svg.node() as SVGSVGElement,
    caption: () => words.caption,
    destroy() {
      observer?.disconnect();
      svg.remove();
    },
  };
}
