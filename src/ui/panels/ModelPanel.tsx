import { tableRunConfig } from '../../core/lab/tableSizing';
import { isGan } from '../../core/models/ids';
import { useLab } from '../../store/labStore';
import { ConfigControl } from './ConfigControl';

/** Architecture and optimisation settings, each control derived from the config list. */
export function ModelPanel() {
  const busy = useLab((s) => s.status === 'training' || s.status === 'paused');
  const config = useLab((s) => s.config);
  const gan = isGan(config.model);
  const table = useLab((s) => (s.config.dataset === 'csv' ? s.preparedTable : null));
  const sized = table ? tableRunConfig(config, table.featureNames.length * table.window, table.counts.fit) : null;
  return (
    <section className="card" aria-label="Model">
      <h2>Model</h2>
      {gan ? (
        <div className="grid-2">
          <ConfigControl name="model" disabled={busy} />
          <ConfigControl name="gandata" disabled={busy} />
          <ConfigControl name="steps" disabled={busy} />
          <ConfigControl name="snapshot" disabled={busy} />
          <ConfigControl name="latent" disabled={busy} />
          <ConfigControl name="batch" disabled={busy} />
          <ConfigControl name="glr" disabled={busy} />
          <ConfigControl name="dlr" disabled={busy} />
          <ConfigControl name="beta1" disabled={busy} />
          <ConfigControl name="smoothing" disabled={busy} />
          <ConfigControl name="dsteps" disabled={busy} />
          <ConfigControl name="encsteps" disabled={busy} />
          <ConfigControl name="backend" disabled={busy} onCommitted={() => location.reload()} />
        </div>
      ) : (
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
      )}
      {gan && config.dataset === 'csv' && <p className="small invalid">The GANs learn MNIST-sized digits; for tables use the dense autoencoder.</p>}
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
