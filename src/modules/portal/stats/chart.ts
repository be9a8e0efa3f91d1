import { LineChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { escapeHtml } from "../search/domain/highlight.js";

const count = new Intl.NumberFormat("vi-VN");

// Only what a line chart needs: the full build costs several times more to load at boot.
echarts.use([LineChart, GridComponent, SVGRenderer]);

export interface ChartPoint {
  /** Axis label ("05/03"). */
  label: string;
  value: number;
}

/**
 * A line chart of views per day rendered on the server to SVG (Apache ECharts SSR): no script in the browser. The
 * SVG is an image to assistive technology, named by `title`; the page puts the same numbers in a table beside it.
 */
export function dailyViewsSvg(
  points: readonly ChartPoint[],
  opts: { title: string; width?: number; height?: number },
): string {
  const width = opts.width ?? 760;
  const height = opts.height ?? 300;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 40 },
      textStyle: { fontFamily: "Be Vietnam Pro, Arial, sans-serif" },
      xAxis: {
        type: "category",
        data: points.map((p) => p.label),
        axisLabel: { color: "#1b1b1b", hideOverlap: true },
        axisLine: { lineStyle: { color: "#4a4a4a" } },
      },
      yAxis: {
        type: "value",
        minInterval: 1,
        // Vietnamese digit grouping: 1.800, not 1,800.
        axisLabel: { color: "#1b1b1b", formatter: (value: number) => count.format(value) },
        splitLine: { lineStyle: { color: "#d0d3d6" } },
      },
      series: [
        {
          type: "line",
          data: points.map((p) => p.value),
          color: "#0b3d91",
          lineStyle: { width: 2 },
          symbolSize: points.length > 62 ? 0 : 5,
          areaStyle: { color: "rgba(11, 61, 145, 0.12)" },
        },
      ],
    });
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
