import type { DetectorModel, ModelBuildOptions } from '../model';
import { oneClassNetwork } from '../svdd-shared/oneClassNetwork';

/** Deep SVDD: the one-class network with no label term. */
export function buildDeepSvdd(options: ModelBuildOptions): DetectorModel {
  return oneClassNetwork(options, 0);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildDeepSvdd;
