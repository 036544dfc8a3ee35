import type { DetectorModel, ModelBuildOptions } from '../model';
import { oneClassNetwork } from '../svdd-shared/oneClassNetwork';

/** Deep SAD: the one-class network with labelled rows weighted by eta. */
export function buildDeepSad(options: ModelBuildOptions): DetectorModel {
  return oneClassNetwork(options, Number(options.params?.eta ?? 1));
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildDeepSad;
