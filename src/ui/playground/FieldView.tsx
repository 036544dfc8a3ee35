import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { toyBounds, type HandPoint } from '../../core/toy/toySources';
import { useT } from '../common/useT';
import { contourCells, fieldImage, fieldRanks } from './fieldColours';

export interface PlanePoints {
  xy: Float32Array;
  isAnomaly: Uint8Array;
  byHand: Uint8Array;
}

const [x0, x1, y0, y1] = toyBounds;
/** Keyboard steps over the plane: a twentieth of its width. */
const keyStep = (x1 - x0) / 40;

/**
 * One detector's score field over the plane as a heatmap (canvas), its threshold's contour, and the
 * points on top (SVG: normal points filled, anomalies as rings, hand-placed ones squared), each
 * marked flagged or not by the detector's own scores. With `onPlace`, a click or Enter places a
 * point, and arrow keys move the cursor or the selected hand-placed point.
 */
export function FieldView({
  detector,
  label,
  field,
  side,
  threshold,
  points,
  scores,
  auroc,
  size,
  onPlace,
  onMove,
  generated,
}: {
  detector: string;
  label: string;
  field: Float32Array | null;
  side: number;
  threshold: number;
  points: PlanePoints;
  scores: Float32Array | null;
  auroc: number;
  size: number;
  onPlace?: (point: Omit<HandPoint, 'anomaly'>) => void;
  onMove?: (handIndex: number, dx: number, dy: number) => void;
  /** A generator's samples on the plane (x, y per sample), drawn as crosses. */
  generated?: Float32Array | null;
}) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const ranks = useMemo(() => (field ? fieldRanks(field) : null), [field]);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(side, side);
    if (field && ranks && field.length === side * side) {
      image.data.set(fieldImage(field, ranks, side, threshold));
      for (const cell of contourCells(field, side, threshold)) image.data.set([30, 41, 59, 255], cell * 4);
    } else {
      image.data.fill(248);
    }
    context.putImageData(image, 0, 0);
  }, [field, ranks, side, threshold]);
  const px = (x: number) => ((x - x0) / (x1 - x0)) * size;
  const py = (y: number) => ((y1 - y) / (y1 - y0)) * size;
  const atPointer = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: x0 + ((event.clientX - box.left) / box.width) * (x1 - x0),
      y: y1 - ((event.clientY - box.top) / box.height) * (y1 - y0),
    };
  };
  // Hand-placed points in the order the link lists them: their index among the points placed by hand.
  const handIndex = new Map<number, number>();
  points.byHand.forEach((flag, i) => flag && handIndex.set(i, handIndex.size));
  const onKey = (event: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-keyStep, 0],
      ArrowRight: [keyStep, 0],
      ArrowUp: [0, keyStep],
      ArrowDown: [0, -keyStep],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      if (selected !== null && onMove) onMove(selected, move[0], move[1]);
      else setCursor(([x, y]) => [Math.min(x1, Math.max(x0, x + move[0])), Math.min(y1, Math.max(y0, y + move[1]))]);
    } else if (event.key === 'Enter' && onPlace) {
      event.preventDefault();
      onPlace({ x: cursor[0], y: cursor[1] });
    } else if (event.key === ' ' && handIndex.size > 0 && onMove) {
      // Space selects the next placed point (then arrows move it), so placed points are reachable without a mouse.
      event.preventDefault();
      setSelected((current) => (current === null ? 0 : (current + 1) % handIndex.size));
    } else if (event.key === 'Escape') setSelected(null);
  };
  const count = points.isAnomaly.length;
  const planeLabel = onPlace
    ? t('playground.planeInteractive', { detector: label, count })
    : t('playground.plane', { detector: label, count });
  const flagged = scores && scores.length === count ? scores.reduce((n, s) => n + (s > threshold ? 1 : 0), 0) : null;
  return (
    <figure
      className="playground-field"
      data-testid="playground-field"
      data-detector={detector}
      data-auroc={Number.isFinite(auroc) ? auroc : ''}
      data-threshold={threshold}
      data-ready={String(field !== null)}
    >
      <div className="field-stack" style={{ width: size, maxWidth: '100%', aspectRatio: '1' }}>
        <canvas ref={canvas} width={side} height={side} aria-hidden="true" />
        <svg
          viewBox={`0 0 ${size} ${size}`}
          role={onPlace ? 'application' : 'img'}
          tabIndex={onPlace ? 0 : undefined}
          aria-label={planeLabel}
          onClick={onPlace ? (event) => onPlace(atPointer(event)) : undefined}
          onKeyDown={onPlace ? onKey : undefined}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          {Array.from({ length: count }, (_, i) => {
            const x = px(points.xy[2 * i]);
            const y = py(points.xy[2 * i + 1]);
            const anomaly = points.isAnomaly[i] === 1;
            const hand = points.byHand[i] === 1;
            const score = scores && scores.length === count ? scores[i] : Number.NaN;
            const common = {
              'data-testid': 'playground-point',
              'data-anomaly': String(anomaly),
              'data-hand': String(hand),
              'data-flagged': Number.isFinite(score) ? String(score > threshold) : '',
              'data-score': Number.isFinite(score) ? score : '',
              className: `${anomaly ? 'point-anomalous' : 'point-normal'}${hand ? ' by-hand' : ''}${
                hand && selected === handIndex.get(i) ? ' selected' : ''
              }`,
            };
            const select =
              hand && onMove
                ? (event: MouseEvent) => {
                    event.stopPropagation();
                    setSelected(handIndex.get(i)!);
                  }
                : undefined;
            return hand ? (
              <rect key={i} x={x - 4} y={y - 4} width={8} height={8} {...common} onClick={select} />
            ) : (
              <circle key={i} cx={x} cy={y} r={size > 200 ? 2.6 : 1.8} {...common} />
            );
          })}
          {generated && (
            <g className="generated-points" data-testid="playground-generated" data-count={generated.length / 2}>
              {Array.from({ length: generated.length / 2 }, (_, k) => (
                <path key={k} d={`M${px(generated[2 * k]) - 3} ${py(generated[2 * k + 1]) - 3}l6 6m0 -6l-6 6`} />
              ))}
            </g>
          )}
          {onPlace && focused && selected === null && (
            <path
              className="plane-cursor"
              d={`M${px(cursor[0]) - 7} ${py(cursor[1])}h14M${px(cursor[0])} ${py(cursor[1]) - 7}v14`}
            />
          )}
        </svg>
      </div>
      <figcaption>
        <strong>{label}</strong>{' '}
        {Number.isFinite(auroc) ? t('playground.auroc', { auroc: (auroc * 100).toFixed(1) }) : ''}
        {flagged !== null && <span className="small muted"> {t('playground.flagged', { flagged, count })}</span>}
      </figcaption>
    </figure>
  );
}
