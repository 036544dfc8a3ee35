import { imageColumns, sequenceColumns } from '../../core/data/csv/plan';
import { modelSizeWarning, tableRunConfig } from '../../core/lab/tableSizing';
import { updatePlan } from '../../store/tableIntents';
import { updateConfig } from '../../store/trainingIntents';
import { useLab } from '../../store/labStore';
import { isRunning, preparedTable } from '../../store/selectors';
import { LabelBudget } from '../panels/LabelBudget';
import { ColumnTable } from './ColumnTable';
import { SuggestedModel } from './SuggestedModel';
import { useLanguage, useT } from '../common/useT';
import { planWarningText } from '../../i18n/tableMessages';

/** Label, normal values, scaling and the series/image modes, then the column table and counts. */
export function TablePlanPanel() {
  const t = useT();
  const language = useLanguage();
  const summary = useLab((s) => s.tableSummary);
  const plan = useLab((s) => s.tablePlan);
  const prepared = useLab(preparedTable);
  const planProblem = useLab((s) => s.planProblem);
  const config = useLab((s) => s.config);
  const restoredFrom = useLab((s) => s.restoredFrom);
  const busy = useLab(isRunning);
  if (!summary || !plan) return null;
  const stepColumns = sequenceColumns(summary);
  const labelOption = summary.labelOptions.find((o) => o.column === plan.labelColumn);
  const datetimeColumns = summary.profiles.flatMap((p, c) => (p.kind === 'datetime' ? [c] : []));
  const featureCount = prepared?.featureNames.length ?? 0;
  const inputs = featureCount * (prepared?.window ?? 1);
  const sizeWarning = prepared
    ? modelSizeWarning(tableRunConfig(config, inputs, prepared.counts.fit), inputs, prepared.counts.train)
    : null;
  const warnings = [...(prepared?.warnings ?? []), ...(sizeWarning ? [sizeWarning] : [])];

  const chooseLabel = (value: string) => {
    if (value === '')
      return updatePlan({
        labelColumn: null,
        normalValues: [],
        asImages: imageColumns(summary.profiles, null) !== null,
      });
    const column = summary.header.indexOf(value);
    const option = summary.labelOptions.find((o) => o.column === column);
    // The most frequent value is the usual "normal"; the user can tick more.
    updatePlan({
      labelColumn: column,
      normalValues: option?.values.length ? [option.values[0].value] : [],
      // 784 pixels plus a label column become images once the label is set aside.
      asImages: imageColumns(summary.profiles, column) !== null,
    });
  };

  return (
    <section className="card" aria-label={t('plan.region')}>
      <h2>{t('plan.region')}</h2>
      {restoredFrom && (
        <p className="small muted" data-testid="plan-restored">
          {t('plan.restored', { when: restoredFrom })}
        </p>
      )}
      <div className="grid-2">
        <label>
          {t('plan.labelColumn')}
          <select
            data-testid="label-column"
            value={plan.labelColumn === null ? '' : summary.header[plan.labelColumn]}
            disabled={busy}
            onChange={(e) => chooseLabel(e.target.value)}
          >
            <option value="">{t('plan.noLabel')}</option>
            {summary.labelOptions.map((o) => (
              <option key={o.column} value={summary.header[o.column]}>
                {summary.header[o.column]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.scaling')}
          <select
            data-testid="scaling"
            value={plan.scaling}
            disabled={busy || (plan.asImages && !plan.timeSeries)}
            onChange={(e) => updatePlan({ scaling: e.target.value as 'standard' | 'minmax' })}
          >
            <option value="standard">{t('plan.standard')}</option>
            <option value="minmax">{t('plan.minmax')}</option>
          </select>
        </label>
      </div>
      {labelOption && (
        <label>
          {t('plan.normalValues', { column: summary.header[labelOption.column] })}
          <select
            multiple
            data-testid="normal-label"
            value={plan.normalValues}
            disabled={busy}
            size={Math.min(6, labelOption.values.length)}
            onChange={(e) => updatePlan({ normalValues: Array.from(e.target.selectedOptions, (o) => o.value) })}
          >
            {labelOption.values.map((v) => (
              <option key={v.value} value={v.value}>
                {v.value === '' ? t('plan.missing') : v.value} ({v.count})
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="modes">
        {stepColumns && (
          <label className="inline" title={t('plan.rowSequencesTitle', { n: stepColumns.length })}>
            <input
              type="checkbox"
              data-testid="row-sequences"
              checked={plan.rowSequences === true && !plan.timeSeries}
              disabled={busy}
              onChange={(e) => {
                const on = e.target.checked;
                updateConfig({ rowseq: on ? '1' : '0' });
                updatePlan({ rowSequences: on, ...(on ? { timeSeries: false, asImages: false } : {}) });
              }}
            />
            {t('plan.rowSequences', { n: stepColumns.length })}
          </label>
        )}
        <label className="inline" title={t('plan.seriesTitle')}>
          <input
            type="checkbox"
            data-testid="time-series"
            checked={plan.timeSeries}
            disabled={busy}
            onChange={(e) => updatePlan({ timeSeries: e.target.checked })}
          />
          {t('plan.series')}
        </label>
        {plan.timeSeries && (
          <>
            <label className="inline">
              {t('plan.window')}
              <input
                type="number"
                data-testid="window-size"
                min={2}
                max={512}
                value={plan.window}
                disabled={busy}
                onChange={(e) => {
                  const w = Math.round(Number(e.target.value));
                  if (w >= 2 && w <= 512) updatePlan({ window: w });
                }}
              />
              {t('plan.rows')}
            </label>
            <label className="inline">
              {t('plan.orderedBy')}
              <select
                data-testid="order-column"
                value={plan.orderColumn ?? ''}
                disabled={busy}
                onChange={(e) => updatePlan({ orderColumn: e.target.value === '' ? null : Number(e.target.value) })}
              >
                <option value="">{t('plan.fileOrder')}</option>
                {datetimeColumns.map((c) => (
                  <option key={c} value={c}>
                    {summary.header[c]}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {imageColumns(summary.profiles, plan.labelColumn) && (
          <label className="inline" title={t('plan.imagesTitle')}>
            <input
              type="checkbox"
              data-testid="as-images"
              checked={plan.asImages}
              disabled={busy}
              onChange={(e) => updatePlan({ asImages: e.target.checked })}
            />
            {t('plan.images')}
          </label>
        )}
      </div>
      {planProblem && (
        <p className="plan-problem" role="status" data-testid="plan-problem">
          {planProblem}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="plan-warnings" data-testid="plan-warning" role="status">
          {warnings.map((w) => (
            <li key={w.id}>{planWarningText(language, w)}</li>
          ))}
        </ul>
      )}
      <SuggestedModel />
      <ColumnTable />
      {prepared && (
        <dl className="counts" data-testid="split-counts">
          <dt>{t('plan.inputs')}</dt>
          <dd data-testid="feature-count">
            {featureCount * prepared.window}
            {prepared.window > 1 ? t('plan.inputsWindow', { features: featureCount, window: prepared.window }) : ''}
          </dd>
          <dt>{prepared.window > 1 ? t('plan.trainWindows') : t('plan.trainRows')}</dt>
          <dd data-testid="count-train">{prepared.counts.train}</dd>
          {prepared.labelled ? (
            <>
              <dt>{t('count.testNormal')}</dt>
              <dd data-testid="count-test-normal">{prepared.counts.testNormal}</dd>
              <dt>{t('count.testAnomalous')}</dt>
              <dd data-testid="count-test-anomalous">{prepared.counts.testAnomalous}</dd>
            </>
          ) : (
            <>
              <dt>{t('plan.scoredAll')}</dt>
              <dd data-testid="count-test-normal">{prepared.counts.testNormal}</dd>
            </>
          )}
        </dl>
      )}
      {prepared?.labelled && <LabelBudget counts={prepared.counts} classNames={null} />}
    </section>
  );
}
