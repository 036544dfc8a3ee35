import { rowWorkMemory } from '../memoryShapes';

/**
 * What every classical detector's spec shares: fitted in one pass on any kind of rows, on every
 * backend, with no loss to chart. A spec spreads it and adds its id, label and fields.
 */
export const classicalSpecBase = {
  family: 'classical',
  memory: rowWorkMemory,
  accepts: ['image', 'row', 'window', 'sequence'],
  unsupportedBackends: {},
  progress: 'percent',
  series: [],
} as const;
