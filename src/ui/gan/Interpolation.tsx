import { useEffect, useState } from 'react';
import { useLab } from '../../store/labStore';
import { DigitCanvas } from '../grids/DigitCanvas';
import { useImageView } from '../grids/imageView';
import { useT } from '../common/useT';

/** The frames between two picked grid digits, as a strip and as a looping animation. */
export function Interpolation() {
  const t = useT();
  const interpolation = useLab((s) => s.interpolation);
  const picks = useLab((s) => s.interpolationPicks);
  const side = useImageView()?.side ?? 28;
  const [frame, setFrame] = useState(0);
  const frameCount = interpolation ? interpolation.frames.length / (side * side) : 0;
  useEffect(() => {
    if (!frameCount) return;
    const timer = setInterval(() => setFrame((f) => (f + 1) % (2 * frameCount - 2 || 1)), 120);
    return () => clearInterval(timer);
  }, [frameCount]);
  const hasGrid = useLab((s) => s.ganSnapshots.length > 0 && s.status !== 'training');
  if (!hasGrid) return null;
  const size = side * side;
  // Ping-pong: forwards, then back.
  const shown = frame < frameCount ? frame : 2 * frameCount - 2 - frame;
  return (
    <section className="card" aria-label={t('interp.region')}>
      <h2>{t('interp.title')}</h2>
      {!interpolation ? (
        <p className="muted small">{t('interp.pick', { n: picks.length })}</p>
      ) : (
        <div className="interpolation">
          <div className="strip-digits" data-testid="interpolation-strip">
            {Array.from({ length: frameCount }, (_, i) => (
              <DigitCanvas
                key={i}
                pixels={interpolation.frames.subarray(i * size, (i + 1) * size)}
                side={side}
                scale={255}
                size={40}
                label={t('interp.frame', { n: i + 1 })}
              />
            ))}
          </div>
          <DigitCanvas
            pixels={interpolation.frames.subarray(shown * size, (shown + 1) * size)}
            side={side}
            scale={255}
            size={96}
            label={t('interp.animation')}
            testId="interpolation-animation"
          />
        </div>
      )}
    </section>
  );
}
