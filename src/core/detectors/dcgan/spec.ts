import { ganFields, ganParams, ganSeries, ganTrainsOn, ganViews } from '../gan-shared/fields';
import { defineDetector } from '../spec';

/** Small DCGAN for square images (transposed-convolution generator, convolutional discriminator). */
export const dcgan = defineDetector({
  id: 'dcgan',
  label: 'DCGAN',
  scoreName: 'anomaly score of the chosen scorer',
  zh: { label: 'DCGAN', scoreName: '所选打分方式的异常分数' },
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
