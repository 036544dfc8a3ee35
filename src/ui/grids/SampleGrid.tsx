import { useLab } from '../../store/labStore';
import { tableInView } from '../../store/selectors';
import { DigitCanvas } from './DigitCanvas';
import { useImageView } from './imageView';
import { PanelTitle } from '../teach/HelpNote';
import { useT } from '../common/useT';

type RowName = 'input' | 'noisy input' | 'output' | 'error';
const rowKeys = {
  input: 'samples.row.input',
  'noisy input': 'samples.row.noisy',
  output: 'samples.row.output',
  error: 'samples.row.error',
} as const;

/**
 * Fixed test digits, one per column: input | (noisy input, for a denoising run) | reconstruction |
 * error heatmap against the clean input, refreshed each epoch.
 */
export function SampleGrid({ testId = 'sample-grid' }: { testId?: string }) {
  const t = useT();
  const view = useImageView();
  const reconstructions = useLab((s) => s.reconstructions);
  const noisyInputs = useLab((s) => s.noisyInputs);
  const table = useLab(tableInView);
  if (!view)
    return table ? null : (
      <section className="card" data-testid={testId}>
        {t('samples.loading')}
      </section>
    );
  const { side, sampleRows, testImages, testIsAnomaly } = view;
  const size = side * side;
  const columns = sampleRows.map((row, k) => {
    const input = testImages.subarray(row * size, (row + 1) * size);
    const output = reconstructions?.subarray(k * size, (k + 1) * size) ?? null;
    const error = output ? Float32Array.from(output, (v, p) => Math.abs(input[p] / 255 - v)) : null;
    const noisy = noisyInputs?.subarray(k * size, (k + 1) * size) ?? null;
    return { row, input, noisy, output, error, kind: testIsAnomaly[row] ? ('anomaly' as const) : ('normal' as const) };
  });
  const rowNames: RowName[] = noisyInputs ? ['input', 'noisy input', 'output', 'error'] : ['input', 'output', 'error'];
  const pixelsOf = (c: (typeof columns)[number], name: RowName) =>
    ({ input: c.input, 'noisy input': c.noisy, output: c.output, error: c.error })[name];
  return (
    <section className="card" data-testid={testId} aria-label={t('samples.region')}>
      <PanelTitle panel="samples">{testId === 'sample-grid' ? t('samples.title') : t('samples.titleGan')}</PanelTitle>
      <div
        className="sample-grid"
        data-rows={rowNames.join(',')}
        style={{ gridTemplateColumns: `3.5em repeat(${columns.length}, minmax(0, 56px))` }}
      >
        <span />
        {columns.map((c) => (
          <span key={c.row} className={`tag tag-${c.kind}`}>
            <strong>{view.labelOf(c.row)}</strong>
            {t(`kind.${c.kind}`)}
          </span>
        ))}
        {rowNames.map((name) => [
          <span key={name} className="grid-head">
            {t(rowKeys[name])}
          </span>,
          ...columns.map((c) => {
            const pixels = pixelsOf(c, name);
            return pixels ? (
              <DigitCanvas
                key={`${name}${c.row}`}
                pixels={pixels}
                side={side}
                scale={name === 'input' ? 255 : 1}
                mode={name === 'error' ? 'heat' : 'gray'}
                label={`${t(rowKeys[name])}: ${view.labelOf(c.row)}`}
              />
            ) : (
              <span key={`${name}${c.row}`} className="digit empty" />
            );
          }),
        ])}
      </div>
    </section>
  );
}
