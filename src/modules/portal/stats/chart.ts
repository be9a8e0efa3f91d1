import { LineChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CHART_INK, countAxis, renderChartSvg } from "./svg-chart.js";

// Only what a line chart needs: the full build costs several times more to load at boot.
echarts.use([LineChart, GridComponent]);

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
  return renderChartSvg(
    {
      grid: { left: 56, right: 24, top: 24, bottom: 40 },
      xAxis: {
        type: "category",
        data: points.map((p) => p.label),
        axisLabel: { color: CHART_INK, hideOverlap: true },
        axisLine: { lineStyle: { color: "#4a4a4a" } },
      },
      yAxis: countAxis(),
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
    },
    { title: opts.title, width: opts.width ?? 760, height: opts.height ?? 300 },
  );
}
