/** Fields several classical detectors read, declared once so they stay identical. */
export const neighborsField = {
  name: 'neighbors',
  label: 'neighbours k',
  zh: '近邻数 k',
  kind: 'int',
  min: 1,
  max: 500,
  default: 5,
} as const;
