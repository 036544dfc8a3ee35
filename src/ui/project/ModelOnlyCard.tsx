import { useLab } from '../../store/labStore';
import { useLocale, useT } from '../common/useT';

/**
 * A table model opened without the file it was trained on: what it is, what it measured when it
 * was saved, and how to see its split again. It scores new files (the panel below) meanwhile.
 */
export function ModelOnlyCard() {
  const t = useT();
  const locale = useLocale();
  const opened = useLab((s) => s.modelOnly);
  const threshold = useLab((s) => s.threshold);
  if (!opened) return null;
  const { metrics } = opened;
  const shown = (value: number | null) => (value === null ? t('modelOnly.notKnown') : value.toFixed(3));
  return (
    <section className="card model-only" data-testid="model-only" aria-label={t('modelOnly.region')}>
      <h2>{opened.name}</h2>
      <p>
        {t('modelOnly.about', { detector: opened.detector, date: new Date(opened.savedAt).toLocaleString(locale) })}{' '}
        <strong data-testid="model-only-threshold">{threshold.toPrecision(4)}</strong>.{' '}
        {t('modelOnly.measured', {
          auroc: shown(metrics.auroc),
          auprc: shown(metrics.auprc),
          f1: shown(metrics.bestF1),
        })}
      </p>
      <p className="small">{t('modelOnly.withoutData', { file: opened.fileName, rows: opened.rows })}</p>
    </section>
  );
}
