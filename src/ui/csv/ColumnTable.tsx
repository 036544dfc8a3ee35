import type { ColumnProfile } from '../../core/data/csv/columns';
import { updatePlan } from '../../store/tableClient';
import { isRunning, useLab } from '../../store/labStore';
import { BoxPlotMini } from './BoxPlotMini';

const kindNames: Record<ColumnProfile['kind'], string> = {
  numeric: 'numeric',
  categorical: 'categorical',
  datetime: 'date/time',
  identifier: 'identifier-like',
  constant: 'constant',
  empty: 'empty',
};

function rangeText(p: ColumnProfile): string {
  if (p.kind === 'numeric' && p.min !== undefined && Number.isFinite(p.min))
    return `${p.min.toPrecision(4)} … ${p.max!.toPrecision(4)}`;
  return p.distinct > 1000 ? '> 1000 distinct' : `${p.distinct} distinct`;
}

/** One row per column: its inferred type, missing count, range or distinct count, and whether it is a feature. */
export function ColumnTable() {
  const summary = useLab((s) => s.tableSummary);
  const plan = useLab((s) => s.tablePlan);
  const prepared = useLab((s) => s.preparedTable);
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
      {images && (
        <p className="small muted">
          Rows are modelled as images: every column but the label is a pixel, so the choices below do not apply.
        </p>
      )}
      <div className="buttons small-buttons">
        <button
          type="button"
          disabled={busy}
          data-testid="columns-all"
          onClick={() => updatePlan({ features: usable })}
        >
          include all usable
        </button>
        <button type="button" disabled={busy} data-testid="columns-none" onClick={() => updatePlan({ features: [] })}>
          include none
        </button>
      </div>
      <div className="column-scroll">
        <table className="column-table" data-testid="column-table">
          <thead>
            <tr>
              <th title="Use as a model feature">use</th>
              <th>column</th>
              <th>type</th>
              <th>missing</th>
              <th>range / values</th>
              <th title="Training rows: box from Q1 to Q3 with the median, whiskers to the Tukey fences (1.5 IQR), dots beyond them">
                training distribution
              </th>
              <th>note</th>
            </tr>
          </thead>
          <tbody>
            {summary.profiles.map((p, c) => {
              const isLabel = plan.labelColumn === c;
              const note = isLabel
                ? 'label (not a feature)'
                : images
                  ? 'pixel'
                  : p.excludedBecause
                    ? `excluded: ${p.excludedBecause}`
                    : [
                        p.kind === 'categorical' && included.has(c) ? `one-hot (${p.distinct})` : '',
                        imputed.get(p.name) ? `${imputed.get(p.name)} imputed (training median)` : '',
                        p.textAsMissing ? `${p.textAsMissing} text cells read as missing` : '',
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
                      aria-label={`use ${p.name}`}
                      data-testid={`column-include-${c}`}
                      checked={images ? !isLabel : included.has(c) && !isLabel && !p.excludedBecause}
                      disabled={busy || isLabel || !!p.excludedBecause}
                      onChange={(e) => toggle(c, e.target.checked)}
                    />
                  </td>
                  <td className="name" title={p.name}>
                    {p.name}
                  </td>
                  <td data-testid={`column-kind-${c}`}>{kindNames[p.kind]}</td>
                  <td>{p.missing}</td>
                  <td>{rangeText(p)}</td>
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
