import { splitKey } from '../../store/labClient';
import { useLab } from '../../store/labStore';
import { sourceOf } from '../../core/sources/registry';

/** AUROC / AUPRC / F1 of every detector trained this session on the split now in view. */
export function DetectorComparison() {
  const records = useLab((s) => s.detectorRecords);
  const config = useLab((s) => s.config);
  const source = sourceOf(config.dataset);
  const items = source.kind === 'table' ? 'rows, split and column settings' : `${source.itemNoun.many} and split`;
  const key = splitKey(config);
  const rows = records.filter((r) => r.splitKey === key);
  if (rows.length === 0) return null;
  const comparable = rows.filter((r) => r.unavailable === null);
  const best = comparable.length ? Math.max(...comparable.map((r) => r.auroc)) : Number.NaN;
  return (
    <section className="card" aria-label="Detector comparison">
      <h2>Detectors on this split</h2>
      <table className="comparison" data-testid="detector-comparison">
        <thead>
          <tr>
            <th>detector</th>
            <th>AUROC</th>
            <th>AUPRC</th>
            <th title="at mean + 2·std of its training scores">F1 @ threshold</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.detector}
              data-testid="detector-row"
              className={r.unavailable === null && r.auroc === best ? 'best' : undefined}
            >
              <td>{r.detector}</td>
              {r.unavailable === null ? (
                <>
                  <td>{r.auroc.toFixed(4)}</td>
                  <td>{r.auprc.toFixed(4)}</td>
                  <td>{Number.isFinite(r.f1) ? r.f1.toFixed(3) : 'n/a'}</td>
                </>
              ) : (
                <td colSpan={3} className="muted" data-testid="detector-unavailable">
                  {r.unavailable}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Train another model on the same {items} to add a row; the F1 uses each detector's own label-free threshold.
      </p>
    </section>
  );
}
