import { useRef, useState, type PointerEvent } from 'react';
import { Bar, BarChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { metricsAt } from '../../src/core/detect/metrics';
import { useLab } from '../../src/store/labStore';
import { hasLabels, shownScoreSpec } from '../../src/store/selectors';
import { moveThreshold } from '../../src/store/thresholdIntents';
import { resultStages, useStagedResults } from '../../src/ui/common/useStagedResults';
import { useT, useWords } from '../../src/ui/common/useT';

const width = 640;
const height = 220;
const margin = { top: 12, right: 12, bottom: 8, left: 44 };

/**
 * The recharts variant of the error histogram, for the chart benchmark only: the same bins, heights
 * and summary, drawn as two overlapping bar series with the threshold as a reference line, dragged
 * through pointer events on the chart (recharts maps no pointer position to a value on a numeric
 * bar axis, so the drag maps it over the plot's width as the lab's own chart does).
 */
export function ErrorHistogram() {
  const t = useT();
  const results = useStagedResults(resultStages.histogram);
  const threshold = useLab((s) => s.threshold);
  const logCounts = useLab((s) => s.logCounts);
  const perClassShare = useLab((s) => s.perClassShare);
  const labelled = useLab(hasLabels);
  const scoreName = useWords().of(useLab(shownScoreSpec)).scoreName;
  const box = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState(false);
  if (!results || results.histogram.length === 0) return null;
  const bins = results.histogram;
  const min = bins[0].x0;
  const max = bins[bins.length - 1].x1;
  const totals = [0, 0];
  for (const b of bins) [totals[0], totals[1]] = [totals[0] + b.normal, totals[1] + b.anomalous];
  const heightValue = (count: number, total: number) => {
    const value = perClassShare ? count / Math.max(1, total) : count;
    return logCounts ? Math.log10(1 + (perClassShare ? value * 1000 : value)) : value;
  };
  const data = bins.map((b) => ({
    x: (b.x0 + b.x1) / 2,
    normal: heightValue(b.normal, totals[0]),
    anomalous: heightValue(b.anomalous, totals[1]),
  }));
  const valueAt = (event: PointerEvent<HTMLDivElement>) => {
    const rect = box.current!.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * width;
    const plot = width - margin.left - margin.right;
    return min + (Math.min(Math.max(x - margin.left, 0), plot) / plot) * (max - min);
  };
  const { tp, fp } = metricsAt(results.index, threshold);
  const { total, anomalies } = results.index;
  const shownThreshold = threshold.toPrecision(4);
  return (
    <figure className="histogram" data-testid="error-histogram" aria-label={t('histogram.region')}>
      <figcaption>{t('histogram.labelled', { score: scoreName })}</figcaption>
      <div
        ref={box}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDragging(true);
          moveThreshold(valueAt(e));
        }}
        onPointerMove={(e) => dragging && moveThreshold(valueAt(e))}
        onPointerUp={() => setDragging(false)}
        onPointerCancel={() => setDragging(false)}
      >
        <BarChart width={width} height={height} data={data} margin={margin} barGap={-100} barCategoryGap={0}>
          <XAxis dataKey="x" type="number" domain={[min, max]} tickFormatter={(v: number) => v.toPrecision(2)} />
          <YAxis hide />
          <Bar dataKey="normal" fill="#93c5fd" isAnimationActive={false} />
          <Bar dataKey="anomalous" fill="#f87171" isAnimationActive={false} />
          <ReferenceLine x={Math.min(Math.max(threshold, min), max)} stroke="#111827" strokeWidth={2} />
        </BarChart>
      </div>
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
