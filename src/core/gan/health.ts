import type { DigitLikeness } from './classifierScore';

/** One step's statistics: discriminator loss, generator loss, mean D(x), mean D(G(z)). */
export interface GanStepStats {
  step: number;
  dLoss: number;
  gLoss: number;
  dReal: number;
  dFake: number;
}

const window = 50;

/**
 * Plain-language warnings when a GAN run looks unhealthy, from its recent steps and the latest
 * grid: the discriminator winning outright, the generator loss running away, or every sample alike
 * (by pixels, or by predicted class when the GAN learns several digits).
 */
export function ganHealth(
  stats: GanStepStats[],
  likeness: DigitLikeness | null,
  pixelSpread: number | null,
  severalClasses: boolean,
): string[] {
  const hints: string[] = [];
  if (stats.length >= window) {
    const recent = stats.slice(-window);
    const mean = (key: keyof GanStepStats) => recent.reduce((sum, s) => sum + s[key], 0) / recent.length;
    if (mean('dLoss') < 0.05 && mean('dFake') < 0.05) {
      hints.push(
        'The discriminator is winning outright (D loss near 0, D(G(z)) near 0): the generator gets no useful gradient. Lower the D learning rate, raise label smoothing, or give the generator more steps.',
      );
    }
    if (mean('gLoss') > 8) {
      hints.push(
        'The generator loss is exploding: it cannot fool the discriminator at all. Try a lower D learning rate or fewer D steps per G step.',
      );
    }
  }
  const collapsedByClass =
    severalClasses &&
    likeness &&
    likeness.histogram.reduce((a, b) => Math.max(a, b), 0) >= 0.8 * likeness.histogram.reduce((a, b) => a + b, 0);
  const collapsedByPixels = pixelSpread !== null && pixelSpread < 0.02;
  if (stats.length >= window && (collapsedByPixels || (collapsedByClass && likeness!.confidence > 0.5))) {
    hints.push(
      'The samples all look alike (mode collapse). Restart with another seed, a lower learning rate or more label smoothing.',
    );
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
