import { CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import type { RocLine } from '../../src/ui/charts/RocPlot';

export type { RocLine };

/** The recharts variant of the ROC plot, for the chart benchmark only (same props, animation off). */
export function RocPlot({
  lines,
  operatingPoint,
  width = 640,
  height = 240,
}: {
  lines: RocLine[];
  operatingPoint?: { fpr: number; tpr: number } | null;
  width?: number;
  height?: number;
}) {
  return (
    <LineChart width={width} height={height} margin={{ top: 10, right: 16, bottom: 10, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="fpr" type="number" domain={[0, 1]} />
      <YAxis dataKey="tpr" type="number" domain={[0, 1]} />
      <Tooltip />
      {lines.map((line) => (
        <Line
          key={line.id}
          data={line.points}
          dataKey="tpr"
          type="stepAfter"
          stroke={line.colour}
          dot={false}
          isAnimationActive={false}
        />
      ))}
      {operatingPoint && <ReferenceDot x={operatingPoint.fpr} y={operatingPoint.tpr} r={6} />}
    </LineChart>
  );
}
