import { manifoldSide } from '../../core/lab/decodedGrids';
import { useLab } from '../../store/labStore';
import { DigitCanvas } from './DigitCanvas';
import { useImageView } from './imageView';
import { useT } from '../common/useT';

/** Images a VAE decodes from codes drawn from its prior: what it believes a normal item looks like. */
export function PriorGrid() {
  const t = useT();
  const view = useImageView();
  const prior = useLab((s) => s.decoded?.prior ?? null);
  if (!view) return null;
  const size = view.side * view.side;
  const count = prior ? prior.length / size : 0;
  return (
    <section className="card" data-testid="prior-grid" data-count={count} aria-label={t('prior.title')}>
      <h2>{t('prior.title')}</h2>
      <p className="muted small">{t('prior.about')}</p>
      {prior ? (
        <div className="decoded-grid">
          {Array.from({ length: count }, (_, i) => (
            <DigitCanvas key={i} pixels={prior.subarray(i * size, (i + 1) * size)} side={view.side} size={44} />
          ))}
        </div>
      ) : (
        <p className="muted small">{t('decoded.afterFirstEpoch')}</p>
      )}
    </section>
  );
}

/** At latent 2: the decoder's output over a grid of the latent plane, -2 to 2 standard deviations per axis. */
export function ManifoldGrid() {
  const t = useT();
  const view = useImageView();
  const manifold = useLab((s) => s.decoded?.manifold ?? null);
  const latent = useLab((s) => s.config.latent);
  if (!view) return null;
  const size = view.side * view.side;
  return (
    <section
      className="card"
      data-testid="manifold-grid"
      data-count={manifold ? manifold.length / size : 0}
      aria-label={t('manifold.title')}
    >
      <h2>{t('manifold.title')}</h2>
      {latent !== 2 ? (
        <p className="muted small">{t('manifold.needsTwo')}</p>
      ) : manifold ? (
        <>
          <p className="muted small">{t('manifold.about', { side: manifoldSide })}</p>
          <div className="decoded-grid" style={{ gridTemplateColumns: `repeat(${manifoldSide}, minmax(0, 44px))` }}>
            {Array.from({ length: manifoldSide * manifoldSide }, (_, i) => (
              <DigitCanvas key={i} pixels={manifold.subarray(i * size, (i + 1) * size)} side={view.side} size={44} />
            ))}
          </div>
        </>
      ) : (
        <p className="muted small">{t('decoded.afterFirstEpoch')}</p>
      )}
    </section>
  );
}
