import { useMemo } from 'react';
import { buildScoreIndex, rocCurve, thinCurve } from '../../core/detect/metrics';
import type { DetectorRecord } from '../../store/leaderboardSlice';
import { useT } from '../common/useT';
import { RocPlot } from '../charts/RocPlot';

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
      <RocPlot
        height={260}
        lines={curves.map((c, i) => ({ id: c.id, points: c.points, colour: palette[i % palette.length] }))}
      />
      <ul className="legend roc-legend">
        {curves.map((c, i) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: palette[i % palette.length] }} /> {c.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
