import { ganFields, ganParams, ganSeries, ganTrainsOn, ganViews } from '../gan-shared/fields';
import { defineDetector } from '../spec';

/** Fully connected GAN: for weak devices and backends without convolution gradients. */
export const mlpGan = defineDetector({
  id: 'mlp-gan',
  label: 'MLP GAN',
  scoreName: 'anomaly score of the chosen scorer',
  zh: { label: 'MLP GAN', scoreName: '所选打分方式的异常分数' },
  family: 'gan',
  fields: ganFields,
  params: ganParams,
  viewParams: ['scorer'],
  trainsOn: ganTrainsOn,
  // Rows too, where they lie in [0, 1] as a generator's output does (the 2-D playground's plane); other
  // tables are refused at Train with the reason.
  accepts: ['image', 'row'],
  unsupportedBackends: {},
  progress: 'step',
  series: ganSeries,
  views: ganViews,
});
