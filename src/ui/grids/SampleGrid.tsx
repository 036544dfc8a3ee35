import { useLab } from '../../store/labStore';
import { DigitCanvas } from './DigitCanvas';

/** Fixed test digits: input | reconstruction | error heatmap, refreshed every epoch. */
export function SampleGrid() {
  const prepared = useLab((s) => s.prepared);
  const reconstructions = useLab((s) => s.reconstructions);
  if (!prepared) return <section className="card" data-testid="sample-grid">Loading digits…</section>;
  const { side, sampleRows, testImages, testLabels, testIsAnomaly } = prepared;
  const size = side * side;
  return (
    <section className="card" data-testid="sample-grid" aria-label="Reconstructions of fixed test digits">
      <h2>Reconstructions</h2>
      <div className="sample-grid">
        <span className="grid-head">input</span>
        <span className="grid-head">output</span>
        <span className="grid-head">error</span>
        <span className="grid-head" />
        {sampleRows.map((row, k) => {
          const input = testImages.subarray(row * size, (row + 1) * size);
          const output = reconstructions?.subarray(k * size, (k + 1) * size);
          const error = output ? Float32Array.from(output, (v, p) => Math.abs(input[p] / 255 - v)) : null;
          const kind = testIsAnomaly[row] ? 'anomaly' : 'normal';
          return [
            <DigitCanvas key={`i${row}`} pixels={input} side={side} scale={255} label={`digit ${testLabels[row]} (${kind})`} />,
            output ? <DigitCanvas key={`o${row}`} pixels={output} side={side} /> : <span key={`o${row}`} className="digit empty" />,
            error ? <DigitCanvas key={`e${row}`} pixels={error} side={side} mode="heat" /> : <span key={`e${row}`} className="digit empty" />,
            <span key={`l${row}`} className={`tag tag-${kind}`}>
              {testLabels[row]} · {kind}
            </span>,
          ];
        })}
      </div>
    </section>
  );
}
