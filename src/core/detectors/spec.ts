import type { Field } from '../fields';
import type { MemoryShape } from './memoryShapes';

/**
 * What a detector is, without TensorFlow.js: the page reads specs to build its controls, views
 * and messages; the worker loads the folder's build.ts (builders.ts) only when it trains. Adding a
 * detector is a folder with spec.ts, build.ts (exporting `build`) and a test, plus one line in
 * registry.ts.
 */
export type DataKind = 'image' | 'row' | 'window' | 'sequence';
export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/**
 * Views and controls a detector offers beyond the shared detection view (histogram, threshold,
 * metrics, ROC, galleries): the page shows exactly these.
 */
export type DetectorView =
  | 'loss-chart' // train / validation loss per epoch and per step
  | 'reconstructions' // fixed test items beside what the detector makes of them (and the error)
  | 'adversarial-charts' // D and G loss, D(x) and D(G(z)) per step, with health hints
  | 'generated-grid' // samples from a fixed batch of noise, with a history scrubber
  | 'interpolation' // frames between two generated samples
  | 'single-step' // one training round at a time while paused
  | 'scorer-choice' // several scores from one run, switchable without retraining
  | 'latent-scatter' // test items placed by their latent codes
  | 'prior-grid' // images decoded from codes drawn from the prior (generative autoencoders)
  | 'manifold-grid'; // images decoded over a grid of the 2-D latent plane (latent = 2)

/** Where a settings search draws one field from: a range (log scale for rates), or a list of values. */
export type SearchRange = (
  | { min: number; max: number; log?: boolean; int?: boolean }
  | { values: readonly (string | number | boolean | readonly number[])[] }
) & {
  /**
   * The field changes the scale of the training objective (GEOM's number of transformations, a
   * one-class network's code width): a search judged by validation loss leaves it at its value.
   */
  scalesObjective?: boolean;
};

interface SpecBase<Id extends string> {
  id: Id;
  /** As the comparison table and the model picker show it. */
  label: string;
  /**
   * Configuration fields this detector reads, in the order the model panel shows them: shared
   * ones (config.ts) and its own `params` (a registry test checks every name exists).
   */
  fields: readonly string[];
  /**
   * Every field it reads beyond the lab's own (page, data, split, threshold), declared here, shared
   * ones imported from where they are declared once (networkFields.ts, a family's fields): config.ts
   * adds them to the URL and the model panel shows those in `fields`.
   */
  params?: readonly Field[];
  /** Params one of its views edits instead of the model panel (a GAN's scorer, chosen beside its scores). */
  viewParams?: readonly string[];
  /**
   * Its own defaults for shared fields (a convolutional model wants fewer epochs than a dense one):
   * a link without the field gets these, and switching detectors moves fields still at the old default.
   */
  defaults?: Readonly<Record<string, number | string | boolean | readonly number[]>>;
  /** What its score measures, as the histogram and the ranked table name it ("reconstruction error"). */
  scoreName: string;
  /** Its label and score name in Chinese (the catalogs' counterpart for a plug-in's own words). */
  zh: { label: string; scoreName: string };
  /** The data it can model: images (square), table rows, series windows. */
  accepts: readonly DataKind[];
  /** Backends it cannot train on, each with the reason in words. */
  unsupportedBackends: Partial<Record<BackendName, string>>;
  /**
   * What one unit of progress is called (the status line, the progress bar): epochs or steps of
   * gradient training, or the percent of a one-pass fit done.
   */
  progress: 'epoch' | 'step' | 'percent';
  /**
   * False when the table sizing (lab/tableSizing.ts: hidden width, code, batch and epochs from the
   * table's width and rows, a dense model's rule of thumb) does not apply: its own defaults stand.
   */
  tableSized?: boolean;
  /**
   * Which items it trains on at a configuration: the split's normal training items, or every item of
   * the data (a GAN may learn from all digits). Results that train on other items are never compared.
   * Normal items when absent.
   */
  trainsOn?(config: Readonly<Record<string, unknown>>): 'normal' | 'all';
  /**
   * What it does with the label budget (split.ts): 'ignores' trains on the unlabelled rows alone
   * (labelled anomalies are kept from it); 'uses' learns from labels where there are some and runs
   * without; 'needs' refuses to train without labelled anomalies. 'ignores' when absent.
   */
  labels?: 'ignores' | 'uses' | 'needs';
  /**
   * Its parameters and per-item activation floats at a configuration (memoryShapes.ts), for the
   * memory guard; absent: a fixed, small but wide network (convolutions, GANs) is assumed.
   */
  memory?(config: Readonly<Record<string, unknown>>, inputSize: number): MemoryShape;
  /**
   * The settings search's space for its fields (lab/settingsSearch.ts); a field not named here is
   * searched around its default, and hidden layer lists only where named.
   */
  search?: Readonly<Record<string, SearchRange>>;
  /** Series the run reports, by name (the charts' legend). */
  series: readonly string[];
  views: readonly DetectorView[];
}

/**
 * Trained by gradient steps on minibatches (a reconstruction loss, a one-class or a classification
 * objective); its build.ts returns a DetectorModel.
 */
export interface AutoencoderSpec<Id extends string = string> extends SpecBase<Id> {
  family: 'autoencoder';
}

/** A generator and a discriminator trained against each other; its build.ts returns a GanModel. */
export interface GanSpec<Id extends string = string> extends SpecBase<Id> {
  family: 'gan';
}

/**
 * Fitted in one pass over the training rows, no gradient steps (PCA, Isolation Forest, k-NN...);
 * its build.ts returns a ClassicalModel.
 */
export interface ClassicalSpec<Id extends string = string> extends SpecBase<Id> {
  family: 'classical';
}

/** Several detectors fitted on the split and their scores combined (ensemble/combine.ts); no build.ts. */
export interface EnsembleSpec<Id extends string = string> extends SpecBase<Id> {
  family: 'ensemble';
}

export type DetectorSpec<Id extends string = string> =
  AutoencoderSpec<Id> | GanSpec<Id> | ClassicalSpec<Id> | EnsembleSpec<Id>;

/**
 * Declares a detector's spec keeping its literal types, so the names and kinds of its `params`
 * become typed fields of the lab's configuration (config.ts derives them from the registry).
 */
export function defineDetector<const S extends DetectorSpec>(spec: S): S {
  return spec;
}
