import { useMemo } from 'react';
import type { Results } from '../../store/labState';
import { knownClassFigures } from '../../store/knownClassFigures';
import { useLab } from '../../store/labStore';
import { Metric } from './Metric';
import { useT } from '../common/useT';

/**
 * AUROC on the anomalies of the classes labelled anomalies came from, and on the others, shown
 * once the split has a label budget: a detector taught with labels may find only what it was shown.
 */
export function KnownClassMetrics({ results }: { results: Results }) {
  const t = useT();
  const config = useLab((s) => s.config);
  const prepared = useLab((s) => s.prepared);
  const figures = useMemo(() => knownClassFigures({ config, prepared }, results), [config, prepared, results]);
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
