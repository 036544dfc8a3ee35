import type { ColumnProfile } from '../../core/data/csv/columns';
import { updatePlan } from '../../store/tableIntents';
import { useLab } from '../../store/labStore';
import { isRunning, preparedTable } from '../../store/selectors';
import { BoxPlotMini } from './BoxPlotMini';
import { useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

const kindNames: Record<ColumnProfile['kind'], MessageKey> = {
  numeric: 'kind.numeric',
  categorical: 'kind.categorical',
  datetime: 'kind.datetime',
  identifier: 'kind.identifier',
  constant: 'kind.constant',
  empty: 'kind.empty',
};

function rangeText(p: ColumnProfile, t: ReturnType<typeof useT>): string {
  if (p.kind === 'numeric' && p.min !== undefined && Number.isFinite(p.min))
    return `${p.min.toPrecision(4)} … ${p.max!.toPrecision(4)}`;
  return p.distinct > 1000 ? t('columns.manyDistinct') : t('columns.distinct', { n: p.distinct });
}

/** One row per column: its inferred type, missing count, range or distinct count, and whether it is a feature. */
export function ColumnTable() {
  const t = useT();
  const summary = useLab((s) => s.tableSummary);
  const plan = useLab((s) => s.tablePlan);
  const prepared = useLab(preparedTable);
  const busy = useLab((s) => isRunning(s) || (s.tablePlan?.asImages === true && !s.tablePlan.timeSeries));
  if (!summary || !plan) return null;
  const included = new Set(plan.features);
  const imputed = new Map(prepared?.imputed.map((i) => [i.column, i.count]));
  const usable = summary.profiles.flatMap((p, c) => (p.excludedBecause ? [] : [c]));

  const toggle = (column: number, on: boolean) =>
    updatePlan({
      features: on ? [...plan.features, column].sort((a, b) => a - b) : plan.features.filter((c) => c !== column),
    });

  const images = plan.asImages && !plan.timeSeries;
  return (
    <div className="column-table-wrap">
      {images && <p className="small muted">{t('columns.imagesNote')}</p>}
      <div className="buttons small-buttons">
        <button
          type="button"
          disabled={busy}
          data-testid="columns-all"
          onClick={() => updatePlan({ features: usable })}
        >
          {t('columns.all')}
        </button>
        <button type="button" disabled={busy} data-testid="columns-none" onClick={() => updatePlan({ features: [] })}>
          {t('columns.none')}
        </button>
      </div>
      <div className="column-scroll">
        <table className="column-table" data-testid="column-table">
          <thead>
            <tr>
              <th title={t('columns.useTitle')}>{t('columns.use')}</th>
              <th>{t('columns.column')}</th>
              <th>{t('columns.type')}</th>
              <th>{t('columns.missing')}</th>
              <th>{t('columns.range')}</th>
              <th title={t('columns.distributionTitle')}>{t('columns.distribution')}</th>
              <th>{t('columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.profiles.map((p, c) => {
              const isLabel = plan.labelColumn === c;
              const note = isLabel
                ? t('columns.labelNote')
                : images
                  ? t('columns.pixel')
                  : p.excludedBecause
                    ? t('columns.excluded', { reason: t(`exclude.${p.excludedBecause.id}`, p.excludedBecause) })
                    : [
                        p.kind === 'categorical' && included.has(c) ? t('columns.oneHot', { n: p.distinct }) : '',
                        imputed.get(p.name) ? t('columns.imputed', { n: imputed.get(p.name)! }) : '',
                        p.textAsMissing ? t('columns.textMissing', { n: p.textAsMissing }) : '',
                      ]
                        .filter(Boolean)
                        .join('; ');
              return (
                <tr
                  key={c}
                  data-testid={`column-row-${c}`}
                  className={(p.excludedBecause && !images) || isLabel ? 'excluded' : undefined}
                >
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('columns.useLabel', { name: p.name })}
                      data-testid={`column-include-${c}`}
                      checked={images ? !isLabel : included.has(c) && !isLabel && !p.excludedBecause}
                      disabled={busy || isLabel || !!p.excludedBecause}
                      onChange={(e) => toggle(c, e.target.checked)}
                    />
                  </td>
                  <td className="name" title={p.name}>
                    {p.name}
                  </td>
                  <td data-testid={`column-kind-${c}`}>{t(kindNames[p.kind])}</td>
                  <td>{p.missing}</td>
                  <td>{rangeText(p, t)}</td>
                  <td>
                    {prepared?.boxPlots[c] && <BoxPlotMini plot={prepared.boxPlots[c]} column={c} name={p.name} />}
                  </td>
                  <td className="note">{note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
