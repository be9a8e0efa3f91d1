import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { escapeHtml } from "../search/domain/highlight.js";

const count = new Intl.NumberFormat("vi-VN");

// Each chart module registers only the chart types it draws; the renderer is common to all.
echarts.use([SVGRenderer]);

/** Shared look of the server-rendered charts. */
export const CHART_TEXT = { fontFamily: "Be Vietnam Pro, Arial, sans-serif" };
export const CHART_INK = "#1b1b1b";

/** A value axis of counts: whole numbers, Vietnamese digit grouping (1.800, not 1,800). */
export function countAxis() {
  return {
    type: "value" as const,
    minInterval: 1,
    axisLabel: { color: CHART_INK, formatter: (value: number) => count.format(value) },
    splitLine: { lineStyle: { color: "#d0d3d6" } },
  };
}

/**
 * Renders an ECharts option on the server to SVG (Apache ECharts SSR): no script in the browser. The SVG is an image
 * to assistive technology, named by `title`; the page puts the same numbers in a table beside it.
 */
export function renderChartSvg(
  option: echarts.EChartsCoreOption,
  opts: { title: string; width: number; height: number },
): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: opts.width,
    height: opts.height,
  });
  try {
    chart.setOption({ animation: false, textStyle: CHART_TEXT, ...option });
    const svg = chart.renderToSVGString();
    const title = escapeHtml(opts.title);
    // An image with a name: role and label on the root, and a <title> as its first child for older readers.
    return svg.replace(
      /^<svg\b([^>]*)>/,
      `<svg$1 role="img" aria-label="${title}" focusable="false"><title>${title}</title>`,
    );
  } finally {
    chart.dispose();
  }
}
