import type { LabSession } from '../core/lab/session';
import { splitKey } from '../core/lab/splitKey';
import { sourceOf } from '../core/sources/registry';
import { toySet } from '../core/toy/toySet';
import type { PrepareOutcome, PrepareRequest, SourceHost, SourceLoadOutcome } from './sourceHost';

/** The worker's side of the 2-D playground: nothing to load; a prepare generates the points it names. */
export class PointsHost implements SourceHost<'points'> {
  constructor(private readonly session: LabSession) {}

  async load(): Promise<SourceLoadOutcome<'points'>> {
    return { ok: true, kind: 'points' };
  }

  prepare({ config }: Extract<PrepareRequest, { kind: 'points' }>): PrepareOutcome<'points'> {
    const source = sourceOf(config.dataset);
    if (source.kind !== 'points') return { ok: false, problem: { id: 'no-table' } };
    const { set, prepared } = toySet(source, config);
    this.session.setTrainingSet(splitKey(config, ['points', config.dataset]), () => set);
    return { ok: true, kind: 'points', prepared };
  }

  cancel(): void {}
}
