import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSeries } from '../../src/ui/charts/SvgLineChart';

export type { ChartSeries };

/**
 * The recharts variant of the lab's line chart, for the chart benchmark only (bench/vite.charts.config.ts
 * puts it in place of src/ui/charts/SvgLineChart.tsx): same props, animation off, the data decimated
 * as the lab's is (the per-step series thinned to 600 points by its caller).
 */
export function SvgLineChart({
  data,
  xKey,
  series,
  height,
  format,
  testId,
  scale = 'log',
  domain,
}: {
  data: readonly Record<string, number | undefined>[];
  xKey: string;
  xName: string;
  series: ChartSeries[];
  height: number;
  format: (value: number) => string;
  testId: string;
  scale?: 'log' | 'linear';
  domain?: [number, number];
}) {
  return (
    <div data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={data as Record<string, number | undefined>[]}
          margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} />
          <YAxis
            tickFormatter={format}
            width={56}
            scale={scale}
            domain={domain ?? ['auto', 'auto']}
            allowDataOverflow
          />
          <Tooltip formatter={(v) => format(Number(v))} />
          {series.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.colour}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
