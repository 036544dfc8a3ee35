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
  accepts: ['image'],
  unsupportedBackends: {},
  progress: 'step',
  series: ganSeries,
  views: ganViews,
});
