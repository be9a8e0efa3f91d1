import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CHART_INK, countAxis, renderChartSvg } from "../../portal/stats/svg-chart.js";

echarts.use([BarChart, GridComponent, LegendComponent]);

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
  // ECharts draws the first category at the bottom: reverse, so the chart reads in the table's order.
  const shown = [...bars].reverse();
  return renderChartSvg(
    {
      grid: { left: 236, right: 24, top: 36, bottom: 24 },
      legend: { top: 0, textStyle: { color: CHART_INK } },
      xAxis: countAxis(),
      yAxis: {
        type: "category",
        data: shown.map((b) => b.label),
        axisLabel: { color: CHART_INK, width: 220, overflow: "truncate" },
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
    },
    { title: opts.title, width: opts.width ?? 760, height: 70 + bars.length * 26 },
  );
}
