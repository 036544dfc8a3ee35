import { classifierNetwork } from '../classifierNetwork';
import { imageSideOf } from '../convolution';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { transformClassifier } from '../transform-shared/transformClassifier';
import { geomTransforms, type GeomSetSize } from './transforms';

/** GEOM: the lab's small CNN telling the geometric transformations of a normal image apart. */
export function buildGeom(options: ModelBuildOptions): DetectorModel {
  const side = imageSideOf(options, 'GEOM detector');
  const transforms = geomTransforms(side, String(options.params?.transforms ?? '24') as GeomSetSize);
  const network = classifierNetwork({ ...options, imageSide: side }, transforms.count);
  return transformClassifier(network, transforms, options);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildGeom;
