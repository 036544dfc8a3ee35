import { rowWorkMemory } from '../memoryShapes';
import { defineDetector } from '../spec';

/**
 * Every classical detector of the registry fitted on the split, their scores rank-normalised and
 * averaged (combine.ts): each member also lands in the leaderboard.
 */
export const ensembleDetector = defineDetector({
  id: 'ensemble',
  label: 'ensemble (mean rank of the classical detectors)',
  scoreName: 'mean rank of the members’ scores',
  zh: { label: '集成（经典检测器的平均排名）', scoreName: '各成员分数的平均排名' },
  family: 'ensemble',
  memory: rowWorkMemory,
  fields: [],
  accepts: ['image', 'row', 'window', 'sequence'],
  unsupportedBackends: {},
  progress: 'percent',
  series: [],
  views: [],
});
