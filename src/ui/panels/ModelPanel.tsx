import { tableRunConfig } from '../../core/lab/tableSizing';
import { specOf } from '../../core/detectors/registry';
import { isTableSource } from '../../core/sources/registry';
import { activeDataKind, isRunning, useLab } from '../../store/labStore';
import { openOfferedStart } from '../../store/pretrainedIntents';
import { ConfigControl } from './ConfigControl';
import { PanelTitle } from '../teach/HelpNote';

type FieldName = Parameters<typeof ConfigControl>[0]['name'];

/** Architecture and optimisation settings, each control derived from the config list. */
export function ModelPanel() {
  const busy = useLab(isRunning);
  const config = useLab((s) => s.config);
  const spec = specOf(config.model);
  const accepted = useLab((s) => specOf(s.config.model).accepts.includes(activeDataKind(s)));
  // The detector's own settings, in its spec's order, after the model picker.
  const fields = ['model', ...spec.fields] as FieldName[];
  const table = useLab((s) => (isTableSource(s.config.dataset) ? s.preparedTable : null));
  const sized = table ? tableRunConfig(config, table.featureNames.length * table.window, table.counts.fit) : null;
  // The values a table run will use are the ones shown; those sized from the table are marked.
  const sizedValue = (name: FieldName): string | undefined => {
    if (!sized || !(name in sized) || !['layers', 'latent', 'batch', 'epochs'].includes(name)) return undefined;
    const run = sized[name as keyof typeof sized];
    const stored = config[name as keyof typeof config];
    if (JSON.stringify(run) === JSON.stringify(stored)) return undefined;
    return Array.isArray(run) ? run.join(',') : String(run);
  };
  return (
    <section className="card" aria-label="Model">
      <PanelTitle panel="model">Model</PanelTitle>
      <div className="grid-2">
        {fields.map((name) => (
          <ConfigControl
            key={name}
            name={name}
            disabled={busy}
            sized={sizedValue(name)}
            onCommitted={name === 'model' ? () => void openOfferedStart() : undefined}
          />
        ))}
        <ConfigControl name="backend" disabled={busy} onCommitted={() => location.reload()} />
      </div>
      {!accepted && (
        <p className="small invalid">
          The {spec.label} models square images (MNIST, Fashion-MNIST, or a table whose rows are images); for this table
          use the dense autoencoder.
        </p>
      )}
      {sized && (
        <p className="small sized" data-testid="table-sizing">
          Fields marked "sized for table" were left at their MNIST default, so this table sets them: hidden [
          {sized.layers.join(', ')}], latent {sized.latent}, batch {sized.batch}, {sized.epochs} epochs. Type a value to
          choose your own.
        </p>
      )}
      <p className="muted small">Changing the backend reloads the page (the choice lives in the URL).</p>
    </section>
  );
}
