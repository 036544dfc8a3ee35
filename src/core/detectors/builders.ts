import type { GanBuildOptions, GanModel } from './gan-shared/gan';
import type { DetectorModel, ModelBuildOptions } from './model';
import type { ClassicalBuildOptions, ClassicalModel } from './classical';
import type { AutoencoderSpec, ClassicalSpec, GanSpec } from './spec';

/**
 * The worker's way to a detector's code: every `<folder>/build.ts` is found here by its folder's
 * name (the spec's id) and loaded on first use, so adding a detector needs no line here and the
 * page, which reads only specs, never bundles a model.
 */
const buildModules = import.meta.glob<{ build: unknown }>('./*/build.ts');

async function loadBuild(id: string): Promise<unknown> {
  const load = buildModules[`./${id}/build.ts`];
  if (!load) throw new Error(`The detector "${id}" has no build.ts in its folder.`);
  return (await load()).build;
}

export async function loadAutoencoderBuilder(
  spec: AutoencoderSpec,
): Promise<(options: ModelBuildOptions) => DetectorModel> {
  return (await loadBuild(spec.id)) as (options: ModelBuildOptions) => DetectorModel;
}

export async function loadGanBuilder(spec: GanSpec): Promise<(options: GanBuildOptions) => GanModel> {
  return (await loadBuild(spec.id)) as (options: GanBuildOptions) => GanModel;
}

export async function loadClassicalBuilder(
  spec: ClassicalSpec,
): Promise<(options: ClassicalBuildOptions) => ClassicalModel> {
  return (await loadBuild(spec.id)) as (options: ClassicalBuildOptions) => ClassicalModel;
}
