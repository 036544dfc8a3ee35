/**
 * What a detector is built for, beyond its configuration: the data's shape, owned by the session's
 * data and passed whole to build, restore, save, the rate probe and the memory guard (a new shape
 * property is one line here).
 */
export interface DataShape {
  /** Values per item. */
  inputSize: number;
  /** sigmoid for values in [0, 1] (pixels), linear for standardised tables. */
  outputActivation: 'sigmoid' | 'linear';
  /** Items that are square images: their side (a detector may compare them as pictures). */
  imageSide?: number;
  /** Items that are sequences: time steps and channels per item (features step-major). */
  sequence?: { steps: number; channels: number };
}
