import { useLab } from '../../store/labStore';

const shown = (value: number | null) => (value === null ? 'not known' : value.toFixed(3));

/**
 * A table model opened without the file it was trained on: what it is, what it measured when it
 * was saved, and how to see its split again. It scores new files (the panel below) meanwhile.
 */
export function ModelOnlyCard() {
  const opened = useLab((s) => s.modelOnly);
  const threshold = useLab((s) => s.threshold);
  if (!opened) return null;
  const { metrics } = opened;
  return (
    <section className="card model-only" data-testid="model-only" aria-label="Opened model">
      <h2>{opened.name}</h2>
      <p>
        {opened.detector}, saved {new Date(opened.savedAt).toLocaleString()}, threshold{' '}
        <strong data-testid="model-only-threshold">{threshold.toPrecision(4)}</strong>. When saved it measured AUROC{' '}
        {shown(metrics.auroc)}, AUPRC {shown(metrics.auprc)}, best F1 {shown(metrics.bestF1)}.
      </p>
      <p className="small">
        Opened without its data: it was trained on <strong>{opened.fileName}</strong> (
        {opened.rows.toLocaleString('en')} rows). Score new files with it below; to see its scores, histogram and
        metrics on that file again, drop the file in this view and open the model once more.
      </p>
    </section>
  );
}
