import type { PointsSource } from '../spec';

/** The 2-D playground: toy point sets and points placed by hand, every detector's field over the plane. */
export const toy: PointsSource<'toy'> = {
  id: 'toy',
  kind: 'points',
  label: '2-D playground',
  itemNoun: { one: 'point', many: 'points' },
  zh: { label: '二维游乐场', itemNoun: { one: '点', many: '点' } },
  count: 300,
  fieldSide: 64,
};
