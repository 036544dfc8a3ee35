import type { SessionEvents } from './sessionTypes';

type EventName = keyof SessionEvents;
type EventArgs<K extends EventName> = Parameters<NonNullable<SessionEvents[K]>>;

/** The distinct buffers of some typed arrays (one array's buffer may back another: list each once). */
const buffersOf = (...arrays: (ArrayBufferView | null | undefined)[]): ArrayBuffer[] => [
  ...new Set(arrays.filter((a): a is ArrayBufferView => !!a).map((a) => a.buffer as ArrayBuffer)),
];

/**
 * Each run event's buffers, moved to the page instead of copied: one entry per event of
 * SessionEvents (sessionTypes.ts declares its payload; the page's store declares the patch it applies,
 * store/trainingIntents.ts runEvents). The worker forwards every event through this table, so a new
 * event needs no worker code; the mapped type makes a missing entry a compile error.
 */
export const eventTransfers: { [K in EventName]-?: (...args: EventArgs<K>) => ArrayBuffer[] } = {
  onStepLosses: (losses) => buffersOf(losses),
  onEpoch: () => [],
  // Copied, not moved: an ensemble still needs its members' scores after it reports them.
  onClassicalResult: () => [],
  onProgress: () => [],
  onSamples: (reconstructions, noisyInputs) => buffersOf(reconstructions, noisyInputs),
  onLatent: (view) => buffersOf(view.points, view.rows),
  onDecoded: (grids) => buffersOf(grids.prior, grids.manifold),
  onScores: (result) =>
    buffersOf(
      result.testScores,
      result.trainScores,
      ...Object.values(result.byScorer ?? {}).flatMap((r) => [r.testScores, r.trainScores]),
      result.contributions?.columns,
      result.contributions?.shares,
    ),
  // The checkpoint's weights are kept by the worker's run too: copied.
  onCheckpoint: () => [],
  onGanStats: (stats) => buffersOf(stats),
  onGanSnapshot: (snapshot) => buffersOf(snapshot.images),
  onPhase: () => [],
};

export const eventNames = Object.keys(eventTransfers) as EventName[];
