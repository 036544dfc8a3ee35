import { useMemo } from 'react';
import { aurocOnClasses, knownClassSplit } from '../../core/detect/knownClasses';
import { measuredPositions } from '../../core/detect/verdict';
import { sourceOf } from '../../core/sources/registry';
import type { Results } from '../../store/labState';
import { useLab } from '../../store/labStore';
import { preparedImages, preparedTable } from '../../store/selectors';
import { Metric } from './Metric';
import { useT } from '../common/useT';

/**
 * AUROC on the anomalies of the classes labelled anomalies came from, and on the others, shown
 * once the split has a label budget: a detector taught with labels may find only what it was shown.
 * A table's label column has one anomalous kind: every tested anomaly is of the known kind.
 */
export function KnownClassMetrics({ results }: { results: Results }) {
  const t = useT();
  const images = useLab(preparedImages);
  const table = useLab(preparedTable);
  const normal = useLab((s) => s.config.normal);
  const known = useLab((s) => s.config.known);
  const source = useLab((s) => sourceOf(s.config.dataset));
  const counts = images?.counts ?? table?.counts;
  const figures = useMemo(() => {
    if (!counts?.labelledAnomalies) return null;
    if (!images || source.kind !== 'image-set' || images.testLabels.length !== results.testScores.length) {
      return { known: results.auroc, unknown: Number.NaN };
    }
    const classes = knownClassSplit(source.classNames.length, normal, known);
    const positions = measuredPositions(results.testScores.length, results.provenance);
    const on = (kept: number[]) =>
      aurocOnClasses(results.testScores, images.testIsAnomaly, images.testLabels, (c) => kept.includes(c), positions);
    return { known: on(classes.known), unknown: on(classes.unknown) };
  }, [counts, images, source, normal, known, results]);
  if (!figures) return null;
  return (
    <>
      <Metric id="auroc-known" label={t('metric.aurocKnown')} value={figures.known} hint={t('metric.aurocKnownHint')} />
      <Metric
        id="auroc-unknown"
        label={t('metric.aurocUnknown')}
        value={figures.unknown}
        hint={t('metric.aurocUnknownHint')}
      />
    </>
  );
}
