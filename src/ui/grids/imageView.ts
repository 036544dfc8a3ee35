import { sourceOf } from '../../core/sources/registry';
import { preparedImages, preparedTable } from '../../store/selectors';
import { useLab } from '../../store/labStore';
import { useT, useWords } from '../common/useT';

/** Test images in view: MNIST digits, or a square table's rows drawn as images. */
export interface ImageView {
  side: number;
  sampleRows: number[];
  testImages: Uint8Array;
  testIsAnomaly: Uint8Array;
  labelOf(row: number): string;
}

export function useImageView(): ImageView | null {
  const words = useWords();
  const t = useT();
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  const prepared = useLab(preparedImages);
  const table = useLab(preparedTable);
  if (source.kind === 'table') {
    if (!table?.image) return null;
    const { side, testImages, sampleRows } = table.image;
    return {
      side,
      testImages,
      sampleRows,
      testIsAnomaly: table.testIsAnomaly,
      labelOf: (row) => table.testLabels[row] || t('latent.row', { n: table.testRowNumbers[row] }),
    };
  }
  if (!prepared || source.kind !== 'image-set') return null;
  const { classNames } = source;
  return { ...prepared, labelOf: (row) => classNames[prepared.testLabels[row]] ?? String(prepared.testLabels[row]) };
}
