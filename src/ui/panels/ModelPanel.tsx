import { tableRunConfig } from '../../core/lab/tableSizing';
import { specOf } from '../../core/detectors/registry';
import { useLab } from '../../store/labStore';
import { activeDataKind, isRunning, preparedTable } from '../../store/selectors';
import { openOfferedStart } from '../../store/pretrainedIntents';
import { ConfigControl } from './ConfigControl';
import { PanelTitle } from '../teach/HelpNote';
import { useT, useWords } from '../common/useT';

type FieldName = Parameters<typeof ConfigControl>[0]['name'];

/** Architecture and optimisation settings, each control derived from the config list. */
export function ModelPanel() {
  const t = useT();
  const busy = useLab(isRunning);
  const config = useLab((s) => s.config);
  const spec = specOf(config.model);
  const words = useWords();
  const accepted = useLab((s) => specOf(s.config.model).accepts.includes(activeDataKind(s)));
  // The detector's own settings, in its spec's order, after the model picker.
  const fields = ['model', ...spec.fields] as FieldName[];
  const table = useLab(preparedTable);
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
    <section className="card" aria-label={t('model.title')}>
      <PanelTitle panel="model">{t('model.title')}</PanelTitle>
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
      {!accepted && <p className="small invalid">{t('model.notAccepted', { detector: words.of(spec).label })}</p>}
      {sized && (
        <p className="small sized" data-testid="table-sizing">
          {t('model.sized', {
            layers: sized.layers.join(', '),
            latent: sized.latent,
            batch: sized.batch,
            epochs: sized.epochs,
          })}
        </p>
      )}
      <p className="muted small">{t('model.backendReloads')}</p>
    </section>
  );
}
