import { csv } from './csv/spec';
import { fashion } from './fashion/spec';
import { mnist } from './mnist/spec';
import { toy } from './toy/spec';
import type { SourceSpec } from './spec';

/** Every data source the lab offers, one line each, in the order the dataset tabs list them. */
export const sources = [mnist, fashion, csv, toy] as const;

export type DatasetId = (typeof sources)[number]['id'];
export const datasetIds = sources.map((s) => s.id) as readonly DatasetId[];

export function sourceOf(id: DatasetId): SourceSpec<DatasetId> {
  return sources.find((s) => s.id === id)!;
}

/** The source a dropped file becomes (the user's own table). */
export const tableSourceId: DatasetId = sources.find((s) => s.kind === 'table')!.id;

/** True for the user's own table: its panels, plan and per-row views. */
export const isTableSource = (id: DatasetId): boolean => sourceOf(id).kind === 'table';

/** True for an image set of digits the GAN studio's classifier reads (MNIST). */
export function readsDigits(id: DatasetId): boolean {
  const source = sourceOf(id);
  return source.kind === 'image-set' && source.digitClassifier;
}
