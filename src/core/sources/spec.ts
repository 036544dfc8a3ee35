/**
 * Where a run's data comes from, without TensorFlow.js or the DOM: the page reads these specs to
 * build the dataset tabs, the class picker and its wording; the worker reads them to load data.
 * Adding a source of labelled square images is a folder with its spec.ts, its asset script and a
 * line in registry.ts; the split, encoding and every view are shared.
 */

/** A labelled set of square images the lab ships as a binary asset (scripts/image-asset.mjs). */
export interface ImageSetSource<Id extends string = string> {
  id: Id;
  kind: 'image-set';
  /** The dataset tab's text. */
  label: string;
  /** In messages ("the MNIST asset"). */
  shortName: string;
  /** File under the lab's base URL (public/). */
  asset: string;
  /** Pixels per side of its square images (known before the asset arrives: the backend probe trains on it). */
  side: number;
  /** Class index -> name shown on buttons, tags and galleries. */
  classNames: readonly string[];
  /** What a class is called in the class picker: "digit", "class". */
  classNoun: string;
  /** What one item is called: "digit", "item". */
  itemNoun: { one: string; many: string };
  /** The GAN studio's classifier reads these images (MNIST digits); others get no likeness read-out. */
  digitClassifier: boolean;
  /** Where the images come from, in one line (shown beside the class picker). */
  credit: string;
  /** Its words in Chinese (the catalogs' counterpart for a plug-in's own words). */
  zh: Pick<ImageSetSource, 'label' | 'classNames' | 'classNoun' | 'itemNoun' | 'credit'>;
}

/** The user's own table, dropped or picked from the samples (its own panels and plan). */
export interface TableSource<Id extends string = string> {
  id: Id;
  kind: 'table';
  label: string;
  itemNoun: { one: string; many: string };
  zh: Pick<TableSource, 'label' | 'itemNoun'>;
  /**
   * The detector the tuning protocol chose for dropped tables (`npm run bench:tune`, its
   * table-detector sweep): offered beside the table, never imposed, so a link that names no model
   * keeps meaning what it meant.
   */
  suggestedModel?: string;
}

/**
 * Points on a plane (the 2-D playground): generated from the configuration (core/toy), nothing to
 * load; every detector that takes table rows trains on their x, y and shows its score field.
 */
export interface PointsSource<Id extends string = string> {
  id: Id;
  kind: 'points';
  label: string;
  itemNoun: { one: string; many: string };
  zh: Pick<PointsSource, 'label' | 'itemNoun'>;
  /** Points a toy set draws (hand-placed ones come on top). */
  count: number;
  /** Cells per side of the score field's grid. */
  fieldSide: number;
}

export type SourceSpec<Id extends string = string> = ImageSetSource<Id> | TableSource<Id> | PointsSource<Id>;
