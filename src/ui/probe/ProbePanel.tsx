import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useLab } from '../../store/labStore';
import { preparedImages, isRunning } from '../../store/selectors';
import { probeFlagged } from '../../store/probeSlice';
import { clearProbe, drawProbe, scoreProbe } from '../../store/probeIntents';
import { updateConfig } from '../../store/trainingIntents';
import { DigitCanvas } from '../grids/DigitCanvas';
import { useT, useWords } from '../common/useT';
import { sourceOf } from '../../core/sources/registry';
import { paintSegment, type ProbeTool } from './probeBrush';

/** On-screen size of the drawing canvas in CSS pixels. */
const canvasSize = 196;

/** The drawing: a canvas of the image set's size, painted by pointer or keyboard. */
function ProbeCanvas({ pixels, side, tool }: { pixels: Float32Array; side: number; tool: ProbeTool }) {
  const t = useT();
  const ref = useRef<HTMLCanvasElement>(null);
  const last = useRef<[number, number] | null>(null);
  const [cursor, setCursor] = useState<[number, number]>([side / 2, side / 2]);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(side, side);
    for (let p = 0; p < side * side; p += 1) {
      const v = Math.round(255 * Math.min(1, Math.max(0, pixels[p])));
      image.data.set([v, v, v, 255], p * 4);
    }
    context.putImageData(image, 0, 0);
  }, [pixels, side]);
  // Pointer position in the image's pixel coordinates.
  const at = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - box.left) / box.width) * side, ((e.clientY - box.top) / box.height) * side];
  };
  const paint = (from: [number, number], to: [number, number]) =>
    drawProbe(paintSegment(useLab.getState().probe?.pixels ?? pixels, side, from, to, tool));
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const next: [number, number] = [
        Math.min(side - 0.5, Math.max(0.5, cursor[0] + move[0])),
        Math.min(side - 0.5, Math.max(0.5, cursor[1] + move[1])),
      ];
      // Shift + arrow paints as it moves, like a pen held down.
      if (e.shiftKey) paint(cursor, next);
      setCursor(next);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      paint(cursor, cursor);
    }
  };
  const scale = canvasSize / side;
  return (
    <div className="probe-canvas-frame" style={{ width: canvasSize, height: canvasSize }}>
      <canvas
        ref={ref}
        width={side}
        height={side}
        className={`probe-canvas ${tool}`}
        style={{ width: canvasSize, height: canvasSize }}
        tabIndex={0}
        role="application"
        aria-label={t('probe.canvas', { side })}
        data-testid="probe-canvas"
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={onKey}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const point = at(e);
          last.current = point;
          paint(point, point);
        }}
        onPointerMove={(e) => {
          if (!last.current) return;
          const point = at(e);
          paint(last.current, point);
          last.current = point;
        }}
        onPointerUp={() => (last.current = null)}
        onPointerCancel={() => (last.current = null)}
      />
      {focused && (
        <span
          className="probe-cursor"
          aria-hidden="true"
          style={{
            left: (cursor[0] - 1.5) * scale,
            top: (cursor[1] - 1.5) * scale,
            width: 3 * scale,
            height: 3 * scale,
          }}
        />
      )}
    </div>
  );
}

/**
 * The probe: draw an image (or start from a test item) and see, as you draw, what the trained
 * detector makes of it: its score, its verdict at the threshold, its reconstruction and error map,
 * and (in the histogram and the latent scatter) where it lands. Image sets only: a table row has
 * its own "what if".
 */
export function ProbePanel() {
  const t = useT();
  const open = useLab((s) => s.config.probe);
  const prepared = useLab(preparedImages);
  const probe = useLab((s) => s.probe);
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const busy = useLab(isRunning);
  const shownOther = useLab((s) => s.shownRecord !== null);
  const words = useWords();
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  const [tool, setTool] = useState<ProbeTool>('pen');
  const side = prepared?.side ?? 0;
  // A first opening gets an empty canvas; new scores (a run ended, a detector opened) score the drawing again.
  useEffect(() => {
    if (open && side && (!probe || probe.pixels.length !== side * side)) clearProbe();
  }, [open, side, probe]);
  useEffect(() => {
    if (open && results && !busy && !shownOther) void scoreProbe();
  }, [open, results, busy, shownOther]);
  if (!prepared) return null;
  if (!open) {
    return (
      <p className="probe-open">
        <button type="button" data-testid="probe-open" onClick={() => updateConfig({ probe: true })}>
          {t('probe.open')}
        </button>
      </p>
    );
  }
  if (!probe || probe.pixels.length !== side * side) return null;
  const result = probe.result;
  const flagged = result ? probeFlagged(result.score, threshold) : null;
  const error = result?.reconstruction
    ? Float32Array.from(result.reconstruction, (v, p) => Math.abs(probe.pixels[p] - v))
    : null;
  const classNames = source.kind === 'image-set' ? source.classNames : [];
  const fromLabel = probe.from !== null ? (classNames[prepared.testLabels[probe.from]] ?? '') : null;
  return (
    <section className="card probe" aria-label={t('probe.title')} data-testid="probe">
      <h2>{t('probe.title')}</h2>
      <p className="small muted">{t('probe.about')}</p>
      <div className="probe-layout">
        <div>
          <ProbeCanvas pixels={probe.pixels} side={side} tool={tool} />
          <div className="probe-tools" role="group" aria-label={t('probe.title')}>
            {(['pen', 'eraser'] as const).map((name) => (
              <button
                key={name}
                type="button"
                aria-pressed={tool === name}
                data-testid={`probe-${name}`}
                onClick={() => setTool(name)}
              >
                {t(`probe.${name}`)}
              </button>
            ))}
            <button type="button" data-testid="probe-clear" onClick={clearProbe}>
              {t('probe.clear')}
            </button>
            <button type="button" onClick={() => updateConfig({ probe: false })}>
              {t('probe.close')}
            </button>
          </div>
          <p className="small muted">
            {probe.from !== null ? t('probe.from', { n: probe.from, label: fromLabel ?? '' }) : t('probe.fromScratch')}
          </p>
        </div>
        <div className="probe-verdict-column">
          {!results && <p className="muted">{t('probe.waiting')}</p>}
          {busy && <p className="muted">{t('probe.busy')}</p>}
          {shownOther && <p className="muted">{t('probe.shownOther')}</p>}
          {result && !shownOther && (
            <>
              <p className="metric">
                <span className="label">{t('probe.score')}</span>{' '}
                <strong data-testid="probe-score" data-value={result.score}>
                  {result.score.toPrecision(4)}
                </strong>
                {probe.stale && <span className="muted small"> {t('probe.scoring')}</span>}
              </p>
              {result.byScorer && (
                <ul className="probe-scorers small">
                  {Object.entries(result.byScorer).map(([name, value]) => (
                    <li key={name} data-testid={`probe-scorer-${name}`} data-value={value}>
                      {t(name === 'encoder' ? 'detect.scorer.encoder' : 'detect.scorer.disc')}: {value.toPrecision(4)}
                    </li>
                  ))}
                </ul>
              )}
              <p
                aria-live="polite"
                data-testid="probe-verdict"
                data-anomalous={String(flagged)}
                className={flagged ? 'verdict flagged' : 'verdict passes'}
              >
                {t(flagged ? 'probe.flagged' : 'probe.passes', { threshold: threshold.toPrecision(4) })}
              </p>
            </>
          )}
          {result?.reconstruction && error && (
            <div className="probe-images">
              <DigitCanvas pixels={probe.pixels} side={side} size={64} label={t('probe.input')} />
              <DigitCanvas
                pixels={result.reconstruction}
                side={side}
                size={64}
                label={t('probe.output')}
                testId="probe-reconstruction"
              />
              <DigitCanvas pixels={error} side={side} size={64} mode="heat" label={t('probe.error')} />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
