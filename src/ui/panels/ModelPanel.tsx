import { useLab } from '../../store/labStore';
import { ConfigControl } from './ConfigControl';

/** Architecture and optimisation settings, each control derived from the config list. */
export function ModelPanel() {
  const busy = useLab((s) => s.status === 'training' || s.status === 'paused');
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
      <p className="muted small">Changing the backend reloads the page (the choice lives in the URL).</p>
    </section>
  );
}
