import { useEffect, useRef } from 'react';
import { useLab } from '../../store/labStore';
import { moveThreshold } from '../../store/thresholdIntents';
import { useT } from '../common/useT';

const width = 900;
const height = 280;
const visible = 240;
const valuesTop = 10;
const valuesHeight = 140;
const scoreTop = 170;
const scoreHeight = 90;
const colours = ['#2563eb', '#16a34a', '#9333ea', '#0891b2'];

/**
 * The monitor's scrolling chart: the last rows' values above, their scores below with the
 * threshold (drag it) and the rows above it shaded, labelled anomalies ticked along the bottom.
 * Drawn on a canvas when the replay moves (at most once a frame) or the threshold does.
 */
export function MonitorChart() {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const version = useLab((s) => s.monitor?.version ?? 0);
  const focus = useLab((s) => s.monitor?.focus ?? null);
  const position = useLab((s) => s.monitor?.position ?? 0);
  const alerts = useLab((s) => s.monitor?.alerts.length ?? 0);
  const threshold = useLab((s) => s.threshold);
  const scale = useRef({ low: 0, high: 1 });
  const dragging = useRef(false);

  useEffect(() => {
    const monitor = useLab.getState().monitor;
    const context = canvas.current?.getContext('2d');
    if (!monitor || !context) return;
    const end = Math.min(monitor.position, focus === null ? monitor.position : focus + visible / 2);
    const start = Math.max(0, end - visible);
    const { shown, values, truth } = monitor.buffers;
    const channels = monitor.info.channelNames.length;
    const x = (p: number) => ((p - start) / visible) * width;
    context.clearRect(0, 0, width, height);
    // Values: each channel on the scale of the rows in view.
    let low = Infinity;
    let high = -Infinity;
    for (let p = start; p < end; p += 1) {
      for (let c = 0; c < channels; c += 1) {
        const v = values[p * channels + c];
        if (Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
      }
    }
    if (!(high > low)) [low, high] = [low - 1, low + 1];
    for (let c = 0; c < channels; c += 1) {
      context.strokeStyle = colours[c % colours.length];
      context.beginPath();
      for (let p = start; p < end; p += 1) {
        const y = valuesTop + valuesHeight - ((values[p * channels + c] - low) / (high - low)) * valuesHeight;
        if (p === start) context.moveTo(x(p), y);
        else context.lineTo(x(p), y);
      }
      context.stroke();
    }
    // Scores on a scale that keeps the threshold in view (fixed while it is dragged).
    if (!dragging.current) {
      let top = threshold;
      let bottom = threshold;
      for (let p = start; p < end; p += 1) {
        if (Number.isFinite(shown[p])) [bottom, top] = [Math.min(bottom, shown[p]), Math.max(top, shown[p])];
      }
      scale.current = { low: Math.min(0, bottom), high: top > bottom ? top * 1.1 : bottom + 1 };
    }
    const { low: sLow, high: sHigh } = scale.current;
    const sy = (v: number) => scoreTop + scoreHeight - ((Math.min(v, sHigh) - sLow) / (sHigh - sLow)) * scoreHeight;
    context.fillStyle = 'rgba(220, 38, 38, 0.18)';
    for (let p = start; p < end; p += 1)
      if (shown[p] > threshold) context.fillRect(x(p), 0, width / visible + 0.5, height - 14);
    context.strokeStyle = '#111827';
    context.beginPath();
    let drawing = false;
    for (let p = start; p < end; p += 1) {
      if (!Number.isFinite(shown[p])) {
        drawing = false;
        continue;
      }
      if (drawing) context.lineTo(x(p), sy(shown[p]));
      else context.moveTo(x(p), sy(shown[p]));
      drawing = true;
    }
    context.stroke();
    context.strokeStyle = '#dc2626';
    context.setLineDash([6, 4]);
    context.beginPath();
    context.moveTo(0, sy(threshold));
    context.lineTo(width, sy(threshold));
    context.stroke();
    context.setLineDash([]);
    if (truth) {
      context.fillStyle = '#f59e0b';
      for (let p = start; p < end; p += 1) if (truth[p]) context.fillRect(x(p), height - 10, width / visible + 0.5, 8);
    }
  }, [version, focus, threshold]);

  const scoreAt = (clientY: number) => {
    const box = canvas.current!.getBoundingClientRect();
    const y = ((clientY - box.top) / box.height) * height;
    const { low, high } = scale.current;
    return low + ((scoreTop + scoreHeight - y) / scoreHeight) * (high - low);
  };

  const monitor = useLab.getState().monitor;
  const stats = monitor?.stats;
  const latencies = [...(stats?.latencies ?? [])].sort((a, b) => a - b);
  return (
    <figure className="monitor-chart">
      <canvas
        ref={canvas}
        width={width}
        height={height}
        data-testid="monitor-chart"
        data-position={position}
        data-alerts={alerts}
        data-focus={focus ?? ''}
        data-frames={stats?.frames ?? 0}
        data-slow-frames={stats?.slowFrames ?? 0}
        data-latency-ms={latencies.length ? latencies[Math.floor(latencies.length / 2)] : ''}
        role="img"
        aria-label={t('monitor.chartLabel', { position, alerts })}
        style={{ width: '100%', touchAction: 'none', cursor: 'ns-resize' }}
        onPointerDown={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          const y = ((e.clientY - box.top) / box.height) * height;
          if (y < scoreTop - 10) return;
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          moveThreshold(scoreAt(e.clientY));
        }}
        onPointerMove={(e) => {
          if (dragging.current) moveThreshold(scoreAt(e.clientY));
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
      />
      <figcaption className="small muted">
        {monitor?.info.channelNames.map((name, c) => (
          <span key={name} style={{ color: colours[c % colours.length] }}>
            ━ {name}{' '}
          </span>
        ))}
        {t('monitor.legend')}
      </figcaption>
    </figure>
  );
}
