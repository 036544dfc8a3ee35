import type { ModelBuildOptions } from '../model';

/**
 * The steps and channels of the sequences a model is built for, checked against its input width:
 * sequence models read the flat features of an item (step-major) back as a [steps, channels] array.
 */
export function sequenceShape(options: ModelBuildOptions, detectorName: string): { steps: number; channels: number } {
  const shape = options.sequence;
  if (!shape) {
    throw new Error(
      `The ${detectorName} models sequences: series windows or rows read as sequences, not ${options.inputSize} loose values.`,
    );
  }
  if (shape.steps * shape.channels !== options.inputSize) {
    throw new Error(`${shape.steps} steps x ${shape.channels} channels is not the ${options.inputSize} inputs given.`);
  }
  return shape;
}
