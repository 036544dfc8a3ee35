import { resultStages, useStagedResults } from '../common/useStagedResults';
import { useState } from 'react';
import { metricsAt } from '../../core/detect/metrics';
import { useLab } from '../../store/labStore';
import { hasLabels, shownScoreSpec } from '../../store/selectors';
import { moveThreshold } from '../../store/thresholdIntents';
import { useT, useWords } from '../common/useT';
import { valueUnderPointer, xScaleOf, yScaleOf } from './plotArea';

const area = { width: 640, height: 220, margin: { top: 12, right: 12, bottom: 28, left: 44 } };
const { width, height } = area;

/**
 * Reconstruction-error histogram of the test set, normal vs anomalous, with a threshold line the
 * user drags on the chart itself (SVG, so the pixel -> score mapping is ours and exact).
 */
export function ErrorHistogram() {
  const t = useT();
  const results = useStagedResults(resultStages.histogram);
  const threshold = useLab((s) => s.threshold);
  const logCounts = useLab((s) => s.logCounts);
  const perClassShare = useLab((s) => s.perClassShare);
  const labelled = useLab(hasLabels);
  const words = useWords();
  const scoreName = words.of(useLab(shownScoreSpec)).scoreName;
  const [dragging, setDragging] = useState(false);
  // Where the probe's drawing scores, while the probe is open.
  const probeScore = useLab((s) => (s.config.probe ? s.probe?.result?.score : undefined));
  if (!results || results.histogram.length === 0) return null;

  const bins = results.histogram;
  const min = bins[0].x0;
  const max = bins[bins.length - 1].x1;
  const normalTotal = Math.max(
    1,
    bins.reduce((sum, b) => sum + b.normal, 0),
  );
  const anomalousTotal = Math.max(
    1,
    bins.reduce((sum, b) => sum + b.anomalous, 0),
  );
  // Bar heights: raw counts, or each class's share of itself; optionally on a log scale.
  const heightValue = (count: number, classTotal: number) => {
    const value = perClassShare ? count / classTotal : count;
    return logCounts ? Math.log10(1 + (perClassShare ? value * 1000 : value)) : value;
  };
  const top = Math.max(
    ...bins.flatMap((b) => [heightValue(b.normal, normalTotal), heightValue(b.anomalous, anomalousTotal)]),
    1e-9,
  );
  const x = xScaleOf(area, [min, max]);
  const y = yScaleOf(area, [0, top]);
  const [plotLeft, plotRight] = x.range();
  const [plotBottom, plotTop] = y.range();
  const hNormal = (count: number) => plotBottom - y(heightValue(count, normalTotal));
  const hAnomalous = (count: number) => plotBottom - y(heightValue(count, anomalousTotal));
  const binWidth = (plotRight - plotLeft) / bins.length;
  const lineX = x(Math.min(Math.max(threshold, min), max));
  const countAxis = perClassShare ? t('histogram.axisShare') : t('histogram.axisCount');
  const { tp, fp } = metricsAt(results.index, threshold);
  const { total, anomalies } = results.index;
  const shownThreshold = threshold.toPrecision(4);
  const ticks = x.ticks(5);
  const probeX = probeScore === undefined ? null : x(Math.min(Math.max(probeScore, min), max));

  return (
    <figure className="histogram" data-testid="error-histogram" aria-label={t('histogram.region')}>
      <figcaption>
        {labelled ? (
          <>
            {t('histogram.labelled', { score: scoreName })} <span className="swatch normal" /> {t('histogram.normal')}{' '}
            <span className="swatch anomalous" /> {t('histogram.anomalous')}
          </>
        ) : (
          <>
            {t('histogram.unlabelled', { score: scoreName })} <span className="swatch normal" />{' '}
            {t('histogram.noLabels')}
          </>
        )}
        <span className="hint"> {t('histogram.hint')}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className={dragging ? 'dragging' : undefined}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDragging(true);
          moveThreshold(valueUnderPointer(e, area, x));
        }}
        onPointerMove={(e) => dragging && moveThreshold(valueUnderPointer(e, area, x))}
        onPointerUp={() => setDragging(false)}
        onPointerCancel={() => setDragging(false)}
      >
        <defs>
          {/* Anomalous bars are hatched, so the two classes differ without colour too. */}
          <pattern
            id="anomalous-hatch"
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" className="hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
          </pattern>
        </defs>
        {bins.map((b, i) => (
          <g key={i}>
            <rect
              x={plotLeft + i * binWidth}
              width={binWidth - 0.5}
              y={plotBottom - hNormal(b.normal)}
              height={hNormal(b.normal)}
              className="bar-normal"
            />
            <rect
              x={plotLeft + i * binWidth}
              width={binWidth - 0.5}
              y={plotBottom - hAnomalous(b.anomalous)}
              height={hAnomalous(b.anomalous)}
              className="bar-anomalous"
            />
          </g>
        ))}
        <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} className="axis" />
        {ticks.map((tick) => (
          <text key={tick} x={x(tick)} y={height - 8} textAnchor="middle" className="tick">
            {x.tickFormat(5)(tick)}
          </text>
        ))}
        <text x={8} y={plotTop + 10} className="tick">
          {logCounts ? t('histogram.axisLog', { axis: countAxis }) : countAxis}
        </text>
        {probeX !== null && (
          // A diamond on the axis, so it reads apart from the threshold without colour.
          <g className="probe-marker" data-testid="probe-marker" data-value={probeScore}>
            <line x1={probeX} x2={probeX} y1={plotTop} y2={plotBottom} />
            <path d={`M${probeX} ${plotBottom - 7}l6 7l-6 7l-6 -7z`} />
            <title>{`${t('probe.marker')}: ${probeScore!.toPrecision(4)}`}</title>
          </g>
        )}
        <g className="threshold-line" data-testid="threshold-line">
          <line x1={lineX} x2={lineX} y1={plotTop - 4} y2={plotBottom} />
          <rect x={lineX - 6} y={plotTop - 4} width={12} height={plotBottom - plotTop + 4} className="grab" />
        </g>
      </svg>
      <p className="chart-summary" data-testid="histogram-summary">
        {labelled
          ? t('histogram.summary', {
              normal: total - anomalies,
              anomalous: anomalies,
              flagged: tp + fp,
              threshold: shownThreshold,
            })
          : t('histogram.summaryUnlabelled', { total, flagged: tp + fp, threshold: shownThreshold })}
      </p>
    </figure>
  );
}
