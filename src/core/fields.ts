/**
 * The shape of one configuration field (name = URL query key): its kind, default and range.
 * Kept apart from config.ts so a detector's spec can declare fields of its own (a VAE's `beta`)
 * without importing the lab's configuration, which is assembled from the specs.
 */
export type EnumField<N extends string = string, V extends string = string> = {
  name: N;
  label: string;
  /** The label in Chinese (catalog.test.ts checks every field has one). */
  zh?: string;
  kind: 'enum';
  values: readonly V[];
  /** What a picker shows for each value, where the value itself is a terse id. */
  labels?: Readonly<Record<string, string>>;
  /** Those labels in Chinese. */
  zhLabels?: Readonly<Record<string, string>>;
  default: V;
};
export type NumberField<N extends string = string> = {
  name: N;
  label: string;
  /** The label in Chinese (catalog.test.ts checks every field has one). */
  zh?: string;
  kind: 'int' | 'number';
  min: number;
  max: number;
  default: number;
};
export type IntListField<N extends string = string> = {
  name: N;
  label: string;
  /** The label in Chinese (catalog.test.ts checks every field has one). */
  zh?: string;
  kind: 'intList';
  min: number;
  max: number;
  minLength: number;
  maxLength: number;
  /** The values are a set (classes): sorted, duplicates dropped. */
  unique?: boolean;
  /** The values come in groups of this many (a point's x, y and flag): the count must be a multiple. */
  groupSize?: number;
  default: readonly number[];
};
export type BoolField<N extends string = string> = {
  name: N;
  label: string;
  zh?: string;
  kind: 'bool';
  default: boolean;
};

export type Field<N extends string = string> = EnumField<N> | NumberField<N> | IntListField<N> | BoolField<N>;

/** The value type a field holds. */
export type ValueOf<F> = F extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { kind: 'intList' }
    ? number[]
    : F extends { kind: 'bool' }
      ? boolean
      : number;

/** The configuration values of a list of fields, by name. */
export type ValuesOf<F extends Field> = { -readonly [K in F as K['name']]: ValueOf<K> };
