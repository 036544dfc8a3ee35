import { convAutoencoder } from './conv-ae/spec';
import { convVae } from './conv-vae/spec';
import { dcgan } from './dcgan/spec';
import { denseAutoencoder } from './dense-ae/spec';
import { mlpGan } from './mlp-gan/spec';
import { pcaDetector } from './pca/spec';
import { vae } from './vae/spec';
import { zscoreDetector } from './zscore/spec';
import { iqrDetector } from './iqr/spec';
import { mahalanobisDetector } from './mahalanobis/spec';
import { knnDetector } from './knn/spec';
import { lofDetector } from './lof/spec';
import { kmeansDetector } from './kmeans/spec';
import { iforestDetector } from './iforest/spec';
import { ocsvmDetector } from './ocsvm/spec';
import { ensembleDetector } from './ensemble/spec';
import { ecodDetector } from './ecod/spec';
import { copodDetector } from './copod/spec';
import { hbosDetector } from './hbos/spec';
import { lstmAutoencoder } from './lstm-ae/spec';
import { attentionAutoencoder } from './attention-ae/spec';
import { deepSvdd } from './deep-svdd/spec';
import { deepSad } from './deep-sad/spec';
import { classifierDetector } from './classifier/spec';
import { geomDetector } from './geom/spec';
import { kmeansSvmDetector } from './kmeans-svm/spec';
import { goadDetector } from './goad/spec';
import type { DetectorSpec } from './spec';

/** Every detector the lab offers, one line each, in the order the model picker lists them. */
export const detectors = [
  denseAutoencoder,
  convAutoencoder,
  vae,
  convVae,
  lstmAutoencoder,
  attentionAutoencoder,
  dcgan,
  mlpGan,
  pcaDetector,
  zscoreDetector,
  iqrDetector,
  mahalanobisDetector,
  knnDetector,
  lofDetector,
  kmeansDetector,
  iforestDetector,
  ocsvmDetector,
  ecodDetector,
  copodDetector,
  hbosDetector,
  ensembleDetector,
  deepSvdd,
  deepSad,
  classifierDetector,
  geomDetector,
  goadDetector,
  kmeansSvmDetector,
] as const;

export type ModelId = (typeof detectors)[number]['id'];
export const modelIds = detectors.map((d) => d.id) as readonly ModelId[];

/** The detector a page opens with and a link without `model` means: the first in the picker. */
export const defaultModelId: ModelId = detectors[0].id;

type RegisteredSpec = (typeof detectors)[number];

/** The detectors of one family, in registry order (Run all classical, an ensemble's members). */
export function detectorsOf<F extends RegisteredSpec['family']>(family: F): Extract<RegisteredSpec, { family: F }>[] {
  return detectors.filter((d): d is Extract<RegisteredSpec, { family: F }> => d.family === family);
}

export function specOf(id: ModelId): DetectorSpec<ModelId> {
  return detectors.find((d) => d.id === id)!;
}
