import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { escapeHtml } from "../../portal/search/domain/highlight.js";

const count = new Intl.NumberFormat("vi-VN");

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

export interface OnTimeBar {
  /** The unit's name. */
  label: string;
  onTime: number;
  late: number;
}

/**
 * Resolved on time (early + on time) vs late per unit, as horizontal stacked bars rendered on the server to SVG
 * (Apache ECharts SSR, no script in the browser). An image to assistive technology, named by `title`; the page's
 * table carries the same numbers.
 */
export function onTimeChartSvg(
  bars: readonly OnTimeBar[],
  opts: { title: string; onTimeLabel: string; lateLabel: string; width?: number },
): string {
  const width = opts.width ?? 760;
  const height = 70 + bars.length * 26;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    // ECharts draws the first category at the bottom: reverse, so the chart reads in the table's order.
    const shown = [...bars].reverse();
    chart.setOption({
      animation: false,
      grid: { left: 236, right: 24, top: 36, bottom: 24 },
      textStyle: { fontFamily: "Be Vietnam Pro, Arial, sans-serif" },
      legend: { top: 0, textStyle: { color: "#1b1b1b" } },
      xAxis: {
        type: "value",
        minInterval: 1,
        axisLabel: { color: "#1b1b1b", formatter: (value: number) => count.format(value) },
        splitLine: { lineStyle: { color: "#d0d3d6" } },
      },
      yAxis: {
        type: "category",
        data: shown.map((b) => b.label),
        axisLabel: { color: "#1b1b1b", width: 220, overflow: "truncate" },
        axisLine: { lineStyle: { color: "#4a4a4a" } },
      },
      series: [
        {
          name: opts.onTimeLabel,
          type: "bar",
          stack: "all",
          data: shown.map((b) => b.onTime),
          color: "#0b6e3a",
        },
        { name: opts.lateLabel, type: "bar", stack: "all", data: shown.map((b) => b.late), color: "#b3261e" },
      ],
    });
    const svg = chart.renderToSVGString();
    const title = escapeHtml(opts.title);
    return svg.replace(
      /^<svg\b([^>]*)>/,
      `<svg$1 role="img" aria-label="${title}" focusable="false"><title>${title}</title>`,
    );
  } finally {
    chart.dispose();
  }
}
