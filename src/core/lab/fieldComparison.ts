import type { LabConfig } from '../config';
import type { ClassicalModel } from '../detectors/classical';
import type { ModelId } from '../detectors/registry';
import { message, MessageError } from '../messages';
import { fitEach, type ClassicalScores } from './classicalRun';
import type { RunControl } from './runControl';
import type { SplitData } from './sessionData';

/** One small multiple of the playground: a detector's scores of the points and of the field grid. */
export interface FieldResult extends ClassicalScores {
  field: Float32Array;
}

export interface FieldEvents {
  onProgress(id: string, percent: number): void;
  onResult(result: FieldResult): void | Promise<void>;
}

/**
 * The playground's small multiples (scikit-learn's comparison figure): each one-pass detector of
 * `ids` fitted on the points with its own defaults, scoring the points and the field grid, one after
 * another; null when stopped. The session's current detector is left as it was.
 */
export async function compareFields(
  ids: readonly ModelId[],
  config: LabConfig,
  split: SplitData,
  control: RunControl,
  events: FieldEvents,
): Promise<FieldResult[] | null> {
  const field = split.field;
  if (!field) throw new MessageError(message('err.core.noField'));
  const kept = new Map<string, ClassicalModel>();
  const results: FieldResult[] = [];
  const done = await fitEach(
    ids,
    config,
    split,
    control,
    {
      onProgress: events.onProgress,
      onResult: async (scores) => {
        const model = kept.get(scores.id)!;
        kept.delete(scores.id);
        try {
          const result = { ...scores, field: await model.score(field) };
          results.push(result);
          await events.onResult(result);
        } finally {
          model.dispose();
        }
      },
    },
    (id, model) => kept.set(id, model),
  );
  return done ? results : null;
}
