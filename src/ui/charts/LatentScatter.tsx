import { useState } from 'react';
import { useLab } from '../../store/labStore';
import { activeTestIsAnomaly, preparedImages, preparedTable } from '../../store/selectors';
import { probeFromTest } from '../../store/probeIntents';
import { DigitCanvas } from '../grids/DigitCanvas';
import { useImageView } from '../grids/imageView';
import { useT } from '../common/useT';

const width = 360;
const height = 260;
const pad = 12;

/**
 * Where the autoencoder puts the test items in its latent space: each point one item, coloured
 * normal or anomalous (the codes themselves at latent size 2, else their top two principal
 * directions). Hovering a point shows the item.
 */
export function LatentScatter() {
  const t = useT();
  const latent = useLab((s) => s.latent);
  const isAnomaly = useLab(activeTestIsAnomaly);
  const table = useLab(preparedTable);
  const view = useImageView();
  const [hovered, setHovered] = useState<number | null>(null);
  // Clicking an image starts the probe's drawing from it; the drawing then lands here too.
  const probeable = useLab((s) => preparedImages(s) !== null);
  const probePoint = useLab((s) => (s.config.probe ? s.probe?.result?.point : null));
  if (!latent || !isAnomaly) return null;
  const { points, rows } = latent;
  const count = rows.length;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i += 1) {
    minX = Math.min(minX, points[2 * i]);
    maxX = Math.max(maxX, points[2 * i]);
    minY = Math.min(minY, points[2 * i + 1]);
    maxY = Math.max(maxY, points[2 * i + 1]);
  }
  const sx = (x: number) => pad + ((x - minX) / (maxX - minX || 1)) * (width - 2 * pad);
  const sy = (y: number) => height - pad - ((y - minY) / (maxY - minY || 1)) * (height - 2 * pad);
  // A drawing far outside the test items stays on the plot's edge.
  const clampX = (v: number) => Math.min(width - pad, Math.max(pad, v));
  const clampY = (v: number) => Math.min(height - pad, Math.max(pad, v));
  const labelOf = (row: number) =>
    view?.labelOf(row) ?? (table ? t('latent.row', { n: table.testRowNumbers[row] }) : `#${row}`);
  const kindOf = (row: number) => (isAnomaly[row] ? t('kind.anomaly') : t('kind.normal'));
  // Normals last, so the few of them stay visible on top of the many anomalies.
  const order = Array.from(rows.keys()).sort((a, b) => isAnomaly[rows[b]] - isAnomaly[rows[a]]);
  const size = view ? view.side * view.side : 0;

  return (
    <section className="card latent" aria-label={t('latent.title')}>
      <h2>{t('latent.title')}</h2>
      <p className="small muted">
        {t('latent.about', {
          count,
          axes: latent.axes === 'code' ? t('latent.axesCode') : t('latent.axesPca'),
        })}
      </p>
      <div className="latent-layout">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          data-testid="latent-scatter"
          data-points={count}
          role="img"
          aria-label={t('latent.scatterLabel', { count })}
          onPointerLeave={() => setHovered(null)}
        >
          <rect x={0} y={0} width={width} height={height} className="plot-bg" />
          {order.map((i) => (
            // One circle per item (the data-points contract); anomalies are rings, normal items filled dots,
            // so the two differ without colour too.
            <circle
              key={i}
              cx={sx(points[2 * i])}
              cy={sy(points[2 * i + 1])}
              r={hovered === i ? 5 : 2.5}
              className={isAnomaly[rows[i]] ? 'dot-anomalous' : 'dot-normal'}
              onPointerEnter={() => setHovered(i)}
              onClick={probeable ? () => probeFromTest(rows[i]) : undefined}
            >
              <title>{`${labelOf(rows[i])} (${kindOf(rows[i])})`}</title>
            </circle>
          ))}
          {probePoint && (
            <g className="probe-marker" data-testid="probe-latent">
              <path d={`M${clampX(sx(probePoint[0]))} ${clampY(sy(probePoint[1]))}m-6 -6l12 12m0 -12l-12 12`} />
              <title>{t('probe.marker')}</title>
            </g>
          )}
        </svg>
        {hovered !== null && (
          <div className="latent-hover" data-testid="latent-hover">
            {view && (
              <DigitCanvas
                pixels={view.testImages.subarray(rows[hovered] * size, (rows[hovered] + 1) * size)}
                side={view.side}
                scale={255}
                size={56}
                label={labelOf(rows[hovered])}
              />
            )}
            <span>
              {labelOf(rows[hovered])} · {kindOf(rows[hovered])}
            </span>
          </div>
        )}
      </div>
    </section>
  );
}
