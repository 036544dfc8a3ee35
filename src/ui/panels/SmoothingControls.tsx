import { useLab } from '../../store/labStore';
import { activeDataKind } from '../../store/selectors';
import { setSmoothing } from '../../store/smoothingIntents';
import { useT } from '../common/useT';

/**
 * Score post-processing for sequence data: smoothing in time order (EWMA or moving mean, with a
 * span; 0 = off) and, for series windows, how a row's score comes from the windows covering it
 * (the view ranks rows: each window stands for the row it ends at).
 */
export function SmoothingControls() {
  const t = useT();
  const kind = useLab(activeDataKind);
  const smooth = useLab((s) => s.config.smooth);
  const smoothkind = useLab((s) => s.config.smoothkind);
  const rowscore = useLab((s) => s.config.rowscore);
  const raw = useLab((s) => s.results?.rawScores ?? null);
  if (kind !== 'window' && kind !== 'sequence') return null;
  const smoothed = raw !== null && smooth > 1;
  return (
    <fieldset className="smoothing" data-testid="smoothing" data-span={smooth} data-smoothed={smoothed ? 1 : 0}>
      <legend>{t('smoothing.title')}</legend>
      <label className="inline" title={t('smoothing.kindTitle')}>
        <select
          data-testid="smoothing-kind"
          value={smoothkind}
          onChange={(e) => setSmoothing({ smoothkind: e.target.value as 'ewma' | 'mean' })}
        >
          <option value="ewma">{t('smoothing.ewma')}</option>
          <option value="mean">{t('smoothing.mean')}</option>
        </select>
      </label>
      <label className="inline">
        {t('smoothing.span')}
        <input
          type="number"
          data-testid="smoothing-span"
          min={0}
          max={1000}
          value={smooth}
          onChange={(e) => {
            const span = Math.round(Number(e.target.value));
            if (span >= 0 && span <= 1000) setSmoothing({ smooth: span });
          }}
        />
      </label>
      {kind === 'window' && (
        <label className="inline" title={t('smoothing.rowScoreTitle')}>
          {t('smoothing.rowScore')}
          <select
            data-testid="row-score"
            value={rowscore}
            onChange={(e) => setSmoothing({ rowscore: e.target.value as 'max' | 'mean' })}
          >
            <option value="max">{t('smoothing.rowMax')}</option>
            <option value="mean">{t('smoothing.rowMean')}</option>
          </select>
        </label>
      )}
      <small className="muted">
        {kind === 'window' && `${t('smoothing.rows')} `}
        {smoothed ? t('smoothing.on') : kind === 'window' ? '' : t('smoothing.off')}
      </small>
    </fieldset>
  );
}
