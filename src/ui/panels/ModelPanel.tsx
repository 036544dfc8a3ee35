import { tableRunConfig } from '../../core/lab/tableSizing';
import { useLab } from '../../store/labStore';
import { ConfigControl } from './ConfigControl';

/** Architecture and optimisation settings, each control derived from the config list. */
export function ModelPanel() {
  const busy = useLab((s) => s.status === 'training' || s.status === 'paused');
  const config = useLab((s) => s.config);
  const table = useLab((s) => (s.config.dataset === 'csv' ? s.preparedTable : null));
  const sized = table ? tableRunConfig(config, table.featureNames.length * table.window, table.counts.fit) : null;
  return (
    <section className="card" aria-label="Model">
      <h2>Model</h2>
      <div className="grid-2">
        <ConfigControl name="model" disabled={busy} />
        <ConfigControl name="activation" disabled={busy} />
        <ConfigControl name="layers" disabled={busy} />
        <ConfigControl name="latent" disabled={busy} />
        <ConfigControl name="lr" disabled={busy} />
        <ConfigControl name="batch" disabled={busy} />
        <ConfigControl name="epochs" disabled={busy} />
        <ConfigControl name="backend" disabled={busy} onCommitted={() => location.reload()} />
      </div>
      {sized && (
        <p className="small sized" data-testid="table-sizing">
          Sized for this table (fields you left at their default): hidden [{sized.layers.join(', ')}], latent {sized.latent}, batch {sized.batch},{' '}
          {sized.epochs} epochs.
        </p>
      )}
      <p className="muted small">Changing the backend reloads the page (the choice lives in the URL).</p>
    </section>
  );
}
