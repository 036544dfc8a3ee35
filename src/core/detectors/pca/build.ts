import { fitPca, pcaReconstruct, pcaScores, type PcaDetector } from '../../detect/pca';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';

/** The components a fit on `rows` x `features` keeps: as asked, below the rank that makes every residual 0. */
export function usableComponents(requested: number, rows: number, features: number): number {
  return Math.max(1, Math.min(Math.round(requested), features - 1, rows - 1));
}

export function build(options: ClassicalBuildOptions): ClassicalModel {
  const requested = typeof options.params?.components === 'number' ? options.params.components : 32;
  let fitted: PcaDetector | null = null;
  return {
    async fit(x, control) {
      fitted?.dispose();
      const [rows, features] = x.shape;
      fitted = fitPca(x, usableComponents(requested, rows, features), { seed: options.seed });
      await control.progress(1);
    },
    async score(x) {
      if (!fitted) throw new Error('Fit the PCA detector before scoring.');
      const scores = pcaScores(fitted, x);
      const values = (await scores.data()) as Float32Array;
      scores.dispose();
      return values;
    },
    reconstruct(x) {
      if (!fitted) throw new Error('Fit the PCA detector before reconstructing.');
      return pcaReconstruct(fitted, x);
    },
    dispose() {
      fitted?.dispose();
      fitted = null;
    },
  };
}
