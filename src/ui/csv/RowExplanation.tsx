import { preparedTable } from '../../store/selectors';
import { useLab } from '../../store/labStore';
import { closeRowDetail } from '../../store/explainIntents';
import { resetWhatIf } from '../../store/whatIfIntents';
import { WhatIfCell } from './WhatIfCell';
import { useT } from '../common/useT';

/**
 * One row in detail: every column's value beside the training median and range, and its Shapley
 * attribution (its part of score - baseline score) as a bar, red where it raised the score.
 */
export function RowExplanation() {
  const t = useT();
  const detail = useLab((s) => s.rowDetail);
  const prepared = useLab(preparedTable);
  const attribution = useLab((s) => (s.rowDetail ? s.attributions.get(s.rowDetail.row) : undefined));
  const shown = useLab((s) => s.shownRecord);
  const score = useLab((s) => (s.rowDetail && s.results ? s.results.testScores[s.rowDetail.row] : Number.NaN));
  const whatIf = useLab((s) => (s.whatIf && s.whatIf.row === s.rowDetail?.row ? s.whatIf : null));
  const threshold = useLab((s) => s.threshold);
  if (!detail || !prepared) return null;
  const features = new Set(prepared.featureColumns);
  const edited = whatIf?.result ?? null;
  // One scale for the row's bars and the edited row's, so the two compare at a glance.
  const largest = Math.max(
    ...Array.from(attribution ?? [], Math.abs),
    ...Array.from(edited?.attributions ?? [], Math.abs),
    1e-12,
  );
  const whatIfScore = edited?.score ?? score;
  const fmt = (v: number) =>
    Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v !== 0) ? v.toExponential(2) : v.toPrecision(4);
  return (
    <div className="row-explanation" data-testid="row-explanation" data-row={prepared.testRowNumbers[detail.row]}>
      <div className="row-explanation-head">
        <strong>
          {t('explain.rowScore', {
            n: prepared.testRowNumbers[detail.row],
            score: Number.isFinite(score) ? fmt(score) : '—',
          })}
        </strong>
        <button type="button" className="link" onClick={closeRowDetail}>
          {t('explain.close')}
        </button>
      </div>
      {whatIf && (
        <p className="whatif-head" aria-live="polite">
          {t('whatIf.about')}{' '}
          <strong data-testid="whatif-score" data-value={whatIfScore} data-edited={String(edited !== null)}>
            {t('whatIf.score', { score: Number.isFinite(whatIfScore) ? fmt(whatIfScore) : '—' })}
          </strong>{' '}
          <span data-testid="whatif-verdict" data-anomalous={String(whatIfScore > threshold)}>
            {t(whatIfScore > threshold ? 'probe.flagged' : 'probe.passes', { threshold: threshold.toPrecision(4) })}
          </span>
          {whatIf.stale && <span className="muted small"> {t('probe.scoring')}</span>}{' '}
          <button type="button" className="link" onClick={resetWhatIf} data-testid="whatif-reset">
            {t('whatIf.reset')}
          </button>
        </p>
      )}
      {!attribution && (
        <p className="small muted" data-testid="attribution-unavailable">
          {shown ? t('explain.shownOther') : t('explain.needsModel')}
        </p>
      )}
      <div className="table-scroll">
        <table className="explanation-table">
          <thead>
            <tr>
              <th>{t('explain.column')}</th>
              <th>{t('explain.value')}</th>
              <th>{t('explain.median')}</th>
              <th title={t('explain.attributionTitle')}>{t('explain.attribution')}</th>
              {whatIf && <th>{t('whatIf.column')}</th>}
              {edited && <th>{t('whatIf.attribution')}</th>}
            </tr>
          </thead>
          <tbody>
            {prepared.columnNames.map((name, c) => {
              if (!features.has(c)) return null;
              const plot = prepared.boxPlots[c];
              const value = attribution?.[c] ?? Number.NaN;
              const lowest = plot ? Math.min(plot.low, ...plot.outliers) : Number.NaN;
              const highest = plot ? Math.max(plot.high, ...plot.outliers) : Number.NaN;
              return (
                <tr key={c}>
                  <td>{name}</td>
                  <td>{detail.cells[c]}</td>
                  <td>{plot ? `${fmt(plot.median)} [${fmt(lowest)} … ${fmt(highest)}]` : '—'}</td>
                  <td>
                    {attribution && (
                      <span
                        className={`attribution-bar ${value >= 0 ? 'raises' : 'lowers'}`}
                        data-testid={`attribution-${c}`}
                        data-value={value}
                        style={{ width: `${Math.round((Math.abs(value) / largest) * 120)}px` }}
                        title={fmt(value)}
                      />
                    )}
                    {attribution && <span className="small"> {fmt(value)}</span>}
                  </td>
                  {whatIf && (
                    <td>
                      <WhatIfCell column={c} name={name} />
                    </td>
                  )}
                  {edited && (
                    <td>
                      <span
                        className={`attribution-bar ${edited.attributions[c] >= 0 ? 'raises' : 'lowers'}`}
                        data-testid={`whatif-attribution-${c}`}
                        data-value={edited.attributions[c]}
                        style={{ width: `${Math.round((Math.abs(edited.attributions[c]) / largest) * 120)}px` }}
                        title={fmt(edited.attributions[c])}
                      />
                      <span className="small"> {fmt(edited.attributions[c])}</span>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
