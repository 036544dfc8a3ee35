import { sourceOf } from '../../core/sources/registry';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { isRunning, preparedImages } from '../../store/selectors';
import { ConfigControl } from './ConfigControl';
import { LabelBudget } from './LabelBudget';
import { PanelTitle } from '../teach/HelpNote';
import { useT, useWords } from '../common/useT';

/** The one-class split of an image set: which classes are normal, how dirty training is, and the counts. */
export function DataPanel() {
  const t = useT();
  const words = useWords();
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  const normal = useLab((s) => s.config.normal);
  const contamination = useLab((s) => s.config.contamination);
  const prepared = useLab(preparedImages);
  const busy = useLab(isRunning);

  const toggle = (digit: number) => {
    const next = normal.includes(digit) ? normal.filter((d) => d !== digit) : [...normal, digit].sort((a, b) => a - b);
    if (next.length >= 1 && next.length <= 9) updateConfig({ normal: next });
  };

  if (source.kind !== 'image-set') return null;
  const noun = source.classNoun;
  const named = source.classNames.some((name) => name.length > 1);
  return (
    <section className="card" aria-label={t('data.region')}>
      <PanelTitle panel="data">{t('data.title', { name: source.label })}</PanelTitle>
      <fieldset className="digits" disabled={busy} data-testid="normal-digits">
        <legend>{t('data.normalLegend', { noun })}</legend>
        {source.classNames.map((name, d) => (
          <label key={d} className={`digit-toggle${named ? ' named' : ''}${normal.includes(d) ? ' on' : ''}`}>
            <input
              type="checkbox"
              checked={normal.includes(d)}
              onChange={() => toggle(d)}
              data-testid={`normal-${d}`}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <label htmlFor="config-contamination">
        {t('data.contamination', { percent: contamination })}
        <input
          id="config-contamination"
          type="range"
          min={0}
          max={20}
          step={0.5}
          value={contamination}
          disabled={busy}
          data-testid="config-contamination"
          onChange={(e) => updateConfig({ contamination: Number(e.target.value) })}
        />
      </label>
      <div className="row">
        <ConfigControl name="seed" disabled={busy} />
        <ConfigControl name="limit" disabled={busy} />
        <ConfigControl name="testlimit" disabled={busy} />
      </div>
      <p className="muted small">{source.credit}</p>
      {prepared && (
        <dl className="counts" data-testid="split-counts">
          <dt>{t('count.train')}</dt>
          <dd data-testid="count-train">{prepared.counts.train}</dd>
          <dt>{t('count.validation')}</dt>
          <dd>{prepared.counts.validation}</dd>
          <dt>{t('count.contamination')}</dt>
          <dd>{prepared.counts.contamination}</dd>
          <dt>{t('count.testNormal')}</dt>
          <dd data-testid="count-test-normal">{prepared.counts.testNormal}</dd>
          <dt>{t('count.testAnomalous')}</dt>
          <dd data-testid="count-test-anomalous">{prepared.counts.testAnomalous}</dd>
        </dl>
      )}
      {prepared && <LabelBudget counts={prepared.counts} classNames={source.classNames} />}
    </section>
  );
}
