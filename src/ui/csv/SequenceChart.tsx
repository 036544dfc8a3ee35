import { useRef, useState, type PointerEvent } from 'react';
import { drawSequence, startSequenceDrawing, stopSequenceDrawing } from '../../store/sequenceDrawIntents';
import { preparedTable } from '../../store/selectors';
import { useLab } from '../../store/labStore';
import { useT } from '../common/useT';

const width = 900;
const height = 240;
const left = 36;
const valuesHeight = 150;
const errorTop = 175;
const errorHeight = 55;
const colours = ['#2563eb', '#16a34a', '#9333ea', '#0891b2'];
const maxChannels = 4;

/**
 * One sequence of the test set at a time (the sample units: normal ones first, then anomalies):
 * its values (solid) and the detector's reconstruction (dashed) per time step, and below them the
 * squared error at each step, so the steps that drove the sequence's score stand out.
 */
export function SequenceChart() {
  const t = useT();
  const sequence = useLab((s) => preparedTable(s)?.sequence ?? null);
  const isAnomaly = useLab((s) => preparedTable(s)?.testIsAnomaly ?? null);
  const labelled = useLab((s) => preparedTable(s)?.labelled ?? false);
  const reconstructions = useLab((s) => s.reconstructions);
  const detail = useLab((s) => s.sequenceDetail);
  const rowNumbers = useLab((s) => preparedTable(s)?.testRowNumbers ?? null);
  const drawing = useLab((s) => s.sequenceDrawing);
  const scored = useLab((s) => s.results !== null && s.status !== 'training' && s.status !== 'paused');
  const [channel, setChannel] = useState(0);
  const last = useRef<[number, number] | null>(null);
  // A sample by its place in the picker, or the row opened in the ranked table (the newest choice wins).
  const [picked, setPicked] = useState<number | 'detail'>(0);
  const [seenDetail, setSeenDetail] = useState(detail);
  if (detail !== seenDetail) {
    setSeenDetail(detail);
    if (detail) setPicked('detail');
  }
  if (!sequence || (sequence.sampleRows.length === 0 && !detail)) return null;
  const { steps, channels, channelNames, sampleRows, sampleValues } = sequence;
  const size = steps * channels;
  const showDetail = picked === 'detail' && detail !== null && detail.input.length === size;
  const unit = showDetail ? -1 : Math.min(typeof picked === 'number' ? picked : 0, sampleRows.length - 1);
  const shownRow = showDetail ? detail.row : sampleRows[unit];
  // Drawing over the sequence in view: the drawing and its reconstruction replace the sequence's own.
  const drawn = drawing !== null && drawing.unit === shownRow && drawing.values.length === size ? drawing : null;
  const shownInput = showDetail ? detail.input : sampleValues.subarray(unit * size, (unit + 1) * size);
  const input = drawn ? drawn.values : shownInput;
  const output = drawn
    ? (drawn.result?.reconstruction ?? null)
    : showDetail
      ? detail.output
      : reconstructions && reconstructions.length >= (unit + 1) * size
        ? reconstructions.subarray(unit * size, (unit + 1) * size)
        : null;
  const shownChannels = Math.min(channels, maxChannels);
  const errors = Float32Array.from({ length: steps }, (_, s) => {
    if (!output) return 0;
    let sum = 0;
    for (let c = 0; c < channels; c += 1) sum += (input[s * channels + c] - output[s * channels + c]) ** 2;
    return sum / channels;
  });
  let topStep = 0;
  errors.forEach((e, s) => (topStep = e > errors[topStep] ? s : topStep));
  let low = Infinity;
  let high = -Infinity;
  for (const v of [...input, ...(output ?? [])])
    if (Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
  if (!(high > low)) [low, high] = [low - 1, low + 1];
  // While drawing, the value axis stays where it was when drawing began, so the pen lands where it points.
  if (drawn) [low, high] = drawn.range;
  const errorMax = Math.max(...errors, 1e-9);
  const x = (s: number) => left + (s / Math.max(1, steps - 1)) * (width - left - 10);
  const y = (v: number) => 10 + valuesHeight - ((v - low) / (high - low)) * valuesHeight;
  const line = (values: Float32Array, c: number) =>
    `M${Array.from({ length: steps }, (_, s) => `${x(s).toFixed(1)},${y(values[s * channels + c]).toFixed(1)}`).join('L')}`;
  const band = `M${x(0)},${errorTop + errorHeight}${Array.from(
    { length: steps },
    (_, s) => `L${x(s).toFixed(1)},${(errorTop + errorHeight - (errors[s] / errorMax) * errorHeight).toFixed(1)}`,
  ).join('')}L${x(steps - 1)},${errorTop + errorHeight}Z`;

  // The pointer in the chart's own units: a time step and a value.
  const pointed = (event: PointerEvent<SVGSVGElement>): [number, number] => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * width;
    const py = ((event.clientY - box.top) / box.height) * height;
    const step = Math.round(((px - left) / (width - left - 10)) * Math.max(1, steps - 1));
    const value = low + ((10 + valuesHeight - py) / valuesHeight) * (high - low);
    return [Math.min(steps - 1, Math.max(0, step)), value];
  };
  const pen = drawn
    ? {
        onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          const point = pointed(event);
          last.current = point;
          drawSequence(channel, channels, point, point);
        },
        onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
          if (!last.current) return;
          const point = pointed(event);
          drawSequence(channel, channels, last.current, point);
          last.current = point;
        },
        onPointerUp: () => (last.current = null),
        onPointerCancel: () => (last.current = null),
      }
    : {};
  const drawnScore = drawn?.result?.score;

  return (
    <section className="card" aria-label={t('sequence.title')}>
      <h2>{t('sequence.title')}</h2>
      <div className="sequence-picker" role="group" aria-label={t('sequence.pick')}>
        {sampleRows.map((row, k) => (
          <button
            key={row}
            type="button"
            data-testid="sequence-pick"
            aria-pressed={k === unit}
            className={labelled && isAnomaly?.[row] ? 'anomaly' : 'normal'}
            onClick={() => setPicked(k)}
          >
            {k + 1}
            {labelled ? (isAnomaly?.[row] ? ' ⚑' : '') : ''}
          </button>
        ))}
        {detail && (
          <button
            type="button"
            data-testid="sequence-pick-detail"
            aria-pressed={showDetail}
            onClick={() => setPicked('detail')}
          >
            {t('sequence.openRow', { row: rowNumbers?.[detail.row] ?? detail.row + 1 })}
          </button>
        )}
      </div>
      <div className="sequence-draw">
        <button
          type="button"
          data-testid="sequence-draw"
          aria-pressed={drawn !== null}
          disabled={!scored}
          onClick={() =>
            drawn ? stopSequenceDrawing() : startSequenceDrawing(shownRow, Float32Array.from(shownInput), [low, high])
          }
        >
          {drawn ? t('sequence.drawStop') : t('sequence.draw')}
        </button>
        {drawn && channels > 1 && (
          <label className="inline">
            {t('sequence.drawChannel')}{' '}
            <select value={channel} onChange={(e) => setChannel(Number(e.target.value))}>
              {channelNames.map((name, c) => (
                <option key={name} value={c}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {drawn && drawnScore !== undefined && (
          <span aria-live="polite">
            {' '}
            <strong data-testid="sequence-drawn-score" data-value={drawnScore}>
              {t('sequence.drawnScore', {
                score: drawnScore.toPrecision(4),
                original: drawn.original?.toPrecision(4) ?? '—',
              })}
            </strong>
            {drawn.stale && <span className="muted small"> {t('probe.scoring')}</span>}
          </span>
        )}
      </div>
      {drawn && <p className="small muted">{t('sequence.drawHint')}</p>}
      <svg
        {...pen}
        className={drawn ? 'drawing' : undefined}
        viewBox={`0 0 ${width} ${height}`}
        data-testid="sequence-chart"
        data-unit={shownRow}
        data-steps={steps}
        data-top-step={output ? topStep : ''}
        role="img"
        aria-label={t('sequence.label', { steps, top: topStep + 1 })}
      >
        {Array.from({ length: shownChannels }, (_, c) => (
          <g key={c} stroke={colours[c]} fill="none">
            <path d={line(input, c)} strokeWidth={1.5} />
            {output && <path d={line(output, c)} strokeWidth={1.5} strokeDasharray="5 3" opacity={0.8} />}
          </g>
        ))}
        {output && <path d={band} fill="rgba(220, 38, 38, 0.35)" data-testid="sequence-error-band" />}
        {output && (
          <line
            x1={x(topStep)}
            x2={x(topStep)}
            y1={10}
            y2={errorTop + errorHeight}
            stroke="#dc2626"
            strokeDasharray="2 3"
          />
        )}
        <text x={4} y={errorTop + 12} fontSize={11}>
          {t('sequence.error')}
        </text>
      </svg>
      <p className="small muted">
        {channelNames.slice(0, shownChannels).map((name, c) => (
          <span key={name} style={{ color: colours[c] }}>
            ━ {name}{' '}
          </span>
        ))}
        {output ? t('sequence.legend', { top: topStep + 1 }) : t('sequence.untrained')}
      </p>
    </section>
  );
}
