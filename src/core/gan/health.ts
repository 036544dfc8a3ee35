import type { DigitLikeness } from './classifierScore';

/** One step's statistics: discriminator loss, generator loss, mean D(x), mean D(G(z)). */
export interface GanStepStats {
  step: number;
  dLoss: number;
  gLoss: number;
  dReal: number;
  dFake: number;
}

/** Steps the balance hints average over (the charts pass this many of the latest). */
export const healthWindow = 50;
const window = healthWindow;

/**
 * Warnings (their words: the catalogs' `gan.hint.<id>`) when a GAN run looks unhealthy, from its recent steps and the latest
 * grid: the discriminator winning outright, the generator loss running away, or every sample alike
 * (by pixels, or by predicted class when the GAN learns several digits).
 */
export type GanHint = 'discriminator-wins' | 'generator-explodes' | 'mode-collapse';

export function ganHealth(
  stats: GanStepStats[],
  likeness: DigitLikeness | null,
  pixelSpread: number | null,
  severalClasses: boolean,
): GanHint[] {
  const hints: GanHint[] = [];
  if (stats.length >= window) {
    const recent = stats.slice(-window);
    const mean = (key: keyof GanStepStats) => recent.reduce((sum, s) => sum + s[key], 0) / recent.length;
    if (mean('dLoss') < 0.05 && mean('dFake') < 0.05) {
      hints.push('discriminator-wins');
    }
    if (mean('gLoss') > 8) {
      hints.push('generator-explodes');
    }
  }
  const collapsedByClass =
    severalClasses &&
    likeness &&
    likeness.histogram.reduce((a, b) => Math.max(a, b), 0) >= 0.8 * likeness.histogram.reduce((a, b) => a + b, 0);
  const collapsedByPixels = pixelSpread !== null && pixelSpread < 0.02;
  if (stats.length >= window && (collapsedByPixels || (collapsedByClass && likeness!.confidence > 0.5))) {
    hints.push('mode-collapse');
  }
  return hints;
}

/** Mean over pixels of the standard deviation across the grid's samples: near 0 when all samples are the same. */
export function pixelSpread(images: ArrayLike<number>, count: number): number {
  const size = images.length / count;
  let total = 0;
  for (let p = 0; p < size; p += 1) {
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < count; i += 1) {
      const v = images[i * size + p];
      sum += v;
      squares += v * v;
    }
    const mean = sum / count;
    total += Math.sqrt(Math.max(0, squares / count - mean * mean));
  }
  return total / size;
}
