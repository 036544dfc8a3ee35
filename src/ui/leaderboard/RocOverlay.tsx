import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { buildScoreIndex, rocCurve, thinCurve } from '../../core/detect/metrics';
import type { DetectorRecord } from '../../store/leaderboardSlice';
import { useT } from '../common/useT';

const palette = ['#7c3aed', '#2563eb', '#16a34a', '#ea580c', '#db2777', '#0891b2', '#ca8a04', '#475569', '#dc2626'];

/** ROC curves of several leaderboard rows in one chart, each in its own colour. */
export function RocOverlay({ rows, isAnomaly }: { rows: DetectorRecord[]; isAnomaly: Uint8Array }) {
  const t = useT();
  const curves = useMemo(
    () =>
      rows.map((r) => ({
        id: r.id,
        name: `${r.detector} (${r.auroc.toFixed(3)})`,
        points: thinCurve(rocCurve(buildScoreIndex(r.scores.testScores, isAnomaly)), 200),
      })),
    [rows, isAnomaly],
  );
  return (
    <figure
      className="roc-overlay"
      data-testid="roc-overlay"
      data-curves={curves.length}
      aria-label={t('overlay.region')}
    >
      <figcaption>{t('overlay.caption', { n: rows.length })}</figcaption>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="fpr" type="number" domain={[0, 1]} tickCount={6} />
          <YAxis dataKey="tpr" type="number" domain={[0, 1]} tickCount={6} width={40} />
          <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: '0.75rem' }} />
          {curves.map((c, i) => (
            <Line
              key={c.id}
              data={c.points}
              dataKey="tpr"
              name={c.name}
              stroke={palette[i % palette.length]}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
