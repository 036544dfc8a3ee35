import { resultStages, useStagedResults } from '../common/useStagedResults';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { metricsAt } from '../../core/detect/metrics';
import { exportScoredTable } from '../../store/tableIntents';
import { useLab } from '../../store/labStore';
import { hasLabels, preparedTable } from '../../store/selectors';
import { openRowDetail } from '../../store/explainIntents';
import { RowExplanation } from './RowExplanation';
import { FeedbackButtons } from '../feedback/FeedbackButtons';
import { markKey } from '../../core/detect/feedback';
import { useT } from '../common/useT';

type SortKey = 'score' | 'row' | 'label';
const rowHeight = 28;

/**
 * Every scored row (or window), ranked by score, with the three columns that make up most of its
 * reconstruction error. Only the visible rows are rendered, so a million-row table scrolls freely.
 */
export function AnomalyTable() {
  const t = useT();
  const prepared = useLab(preparedTable);
  const results = useStagedResults(resultStages.table);
  const threshold = useLab((s) => s.threshold);
  const labelled = useLab(hasLabels);
  const status = useLab((s) => s.status);
  const attributions = useLab((s) => s.attributions);
  const detail = useLab((s) => s.rowDetail);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'score', descending: true });
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);

  // The threshold changes no order; it matters here only when filtering to flagged rows.
  const filterThreshold = flaggedOnly ? threshold : null;
  const order = useMemo(() => {
    if (!prepared || !results) return new Int32Array(0);
    const { testScores } = results;
    let rows: Int32Array;
    if (sort.key === 'score') rows = Int32Array.from(results.index.order);
    else {
      rows = Int32Array.from(testScores.keys());
      if (sort.key === 'row') rows.sort((a, b) => prepared.testRowNumbers[a] - prepared.testRowNumbers[b]);
      else
        rows.sort(
          (a, b) => prepared.testLabels[a].localeCompare(prepared.testLabels[b]) || testScores[a] - testScores[b],
        );
    }
    if (sort.descending) rows.reverse();
    return filterThreshold === null ? rows : rows.filter((r) => testScores[r] > filterThreshold);
  }, [prepared, results, sort, filterThreshold]);

  // No React Compiler in this build, and the virtualizer re-renders on scroll by itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  if (!prepared || !results) return null;
  const { rawScores } = results;
  const { testScores, contributions } = results;
  // O(log n) from the sorted score index, so a threshold drag stays smooth on a million rows.
  const { tp, fp } = metricsAt(results.index, threshold);
  const flagged = tp + fp;
  const window = prepared.window;
  const header = (key: SortKey, text: string) => (
    <button
      type="button"
      className="sort"
      data-testid={`sort-${key}`}
      onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'score' }))}
    >
      {text}
      {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
    </button>
  );
  const why = (r: number) => {
    const attribution = attributions.get(r);
    if (attribution) return topAttributions(attribution, prepared.columnNames);
    if (!contributions) return '';
    const parts: string[] = [];
    for (let k = 0; k < contributions.k; k += 1) {
      const column = contributions.columns[r * contributions.k + k];
      const share = contributions.shares[r * contributions.k + k];
      if (column >= 0 && share >= 0.005) parts.push(`${prepared.columnNames[column]} ${Math.round(share * 100)}%`);
    }
    return parts.join(' · ');
  };

  return (
    <section className="card" aria-label={t('ranked.region')}>
      <div className="table-head">
        <h2>{t('ranked.title')}</h2>
        <span className="small" data-testid="flagged-count" data-value={flagged}>
          {t(window > 1 ? 'ranked.flaggedWindows' : 'ranked.flaggedRows', {
            flagged,
            total: testScores.length,
            threshold: threshold.toPrecision(4),
          })}
        </span>
        <label className="inline small">
          <input
            type="checkbox"
            checked={flaggedOnly}
            onChange={(e) => setFlaggedOnly(e.target.checked)}
            data-testid="flagged-only"
          />{' '}
          {t('ranked.flaggedOnly')}
        </label>
        <button
          type="button"
          className="primary"
          data-testid="export-button"
          disabled={status === 'training'}
          onClick={() => void exportScoredTable()}
          title={t('ranked.exportTitle')}
        >
          {t('ranked.export')}
        </button>
      </div>
      <div className="anomaly-table" data-testid="anomaly-table" role="table" aria-rowcount={order.length}>
        <div className="anomaly-row head" role="row">
          <span role="columnheader">#</span>
          <span role="columnheader">{header('row', window > 1 ? t('ranked.rows') : t('ranked.row'))}</span>
          <span role="columnheader">{header('score', rawScores ? t('ranked.scoreSmoothed') : t('ranked.score'))}</span>
          <span role="columnheader">{header('label', labelled ? t('ranked.label') : t('ranked.labelNone'))}</span>
          <span role="columnheader">{t('ranked.flag')}</span>
          <span role="columnheader" title={t('ranked.markTitle')}>
            {t('ranked.mark')}
          </span>
          <span role="columnheader" title={t('ranked.whyTitle')}>
            {t('ranked.why')}
          </span>
        </div>
        <div className="anomaly-scroll" ref={scrollRef}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = order[item.index];
              const rowNumber = prepared.testRowNumbers[r];
              const isFlagged = testScores[r] > threshold;
              return (
                <div
                  key={item.key}
                  role="row"
                  data-testid="anomaly-row"
                  data-row={rowNumber}
                  data-score={testScores[r]}
                  data-raw-score={rawScores ? rawScores[r] : undefined}
                  className={`anomaly-row${isFlagged ? ' flagged' : ''}${prepared.testIsAnomaly[r] ? ' labelled-anomaly' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                >
                  <span role="cell">
                    <button
                      type="button"
                      className="link"
                      data-testid="row-details"
                      aria-expanded={detail?.row === r}
                      title={t('ranked.detailsTitle')}
                      onClick={() => void openRowDetail(r)}
                    >
                      {item.index + 1}
                    </button>
                  </span>
                  <span role="cell">{window > 1 ? `${rowNumber} +${window - 1}` : rowNumber}</span>
                  <span role="cell" title={rawScores ? t('ranked.rawTitle') : undefined}>
                    {testScores[r].toPrecision(4)}
                    {rawScores && <small className="muted"> ({rawScores[r].toPrecision(3)})</small>}
                  </span>
                  <span role="cell">{prepared.testLabels[r]}</span>
                  <span role="cell">{isFlagged ? '⚑' : ''}</span>
                  <span role="cell">
                    <FeedbackButtons itemKey={markKey('test', r)} label={t('ranked.rowLabel', { n: rowNumber })} />
                  </span>
                  <span role="cell" className={attributions.has(r) ? 'why attributed' : 'why'}>
                    {why(r)}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {detail && <RowExplanation />}
    </section>
  );
}

/** The columns carrying most of a row's positive attribution, with their share of it. */
function topAttributions(attribution: Float32Array, names: string[]): string {
  let positive = 0;
  for (const v of attribution) if (v > 0) positive += v;
  if (!(positive > 0)) return '';
  return Array.from(attribution.keys())
    .filter((c) => attribution[c] > 0)
    .sort((a, b) => attribution[b] - attribution[a])
    .slice(0, 3)
    .filter((c) => attribution[c] / positive >= 0.005)
    .map((c) => `${names[c]} ${Math.round((attribution[c] / positive) * 100)}%`)
    .join(' · ');
}
