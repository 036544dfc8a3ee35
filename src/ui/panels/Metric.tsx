import { useT } from '../common/useT';

/** One figure of the detection view, with its value in data-value (empty when there is none). */
export function Metric({ id, label, value, hint }: { id: string; label: string; value: number; hint?: string }) {
  const t = useT();
  return (
    <div className="metric" data-testid={`metric-${id}`} data-value={Number.isFinite(value) ? value : ''} title={hint}>
      <span className="metric-label">{label}</span>
      <span className="metric-value">{Number.isFinite(value) ? value.toFixed(3) : t('metric.none')}</span>
    </div>
  );
}
