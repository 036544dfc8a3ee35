import type { LabConfig } from '../core/config';
import type { EncodingChoice } from '../core/data/csv/encoding';
import type { PlanProblem, TablePlan } from '../core/data/csv/plan';
import type { TableSummary } from '../core/data/csv/summary';
import type { PreparedSource } from '../core/lab/sessionTypes';
import type { Message } from '../core/messages';
import type { SourceSpec } from '../core/sources/spec';

/**
 * The worker's data verbs, the same for every source: load it, prepare a split of it, cancel a
 * load. A source spec's `kind` names the host that does the work (a shipped image set or the
 * user's table); a new source of either kind is a spec, not a verb.
 */
export type SourceKind = SourceSpec['kind'];

/** How a table's bytes are read. */
export interface TableReadOptions {
  decimalComma: boolean;
  encoding?: EncodingChoice;
}

/** What to load: a shipped image set by address (its name for messages), or the user's file. */
export type SourceInput =
  | { kind: 'image-set'; url: string; name: string }
  | { kind: 'table'; file: Blob; fileName: string; options: TableReadOptions }
  | { kind: 'points' };

/** What a source holds after a load. */
type Loaded =
  | { ok: true; kind: 'image-set'; count: number }
  | { ok: true; kind: 'table'; summary: TableSummary }
  | { ok: true; kind: 'points' };

/** A load's result: what the source holds now, or why it still holds what it had before. */
export type SourceLoadOutcome<K extends SourceKind = SourceKind> =
  Extract<Loaded, { kind: K }> | { ok: false; reason: Message[] } | { ok: false; cancelled: true };

/** A split to prepare: an image set's follows the configuration, a table's also its column plan. */
export type PrepareRequest =
  | { kind: 'image-set'; config: LabConfig }
  | { kind: 'table'; config: LabConfig; plan: TablePlan }
  | { kind: 'points'; config: LabConfig };

/** A prepared split, or why the plan cannot run. */
export type PrepareOutcome<K extends SourceKind = SourceKind> =
  Extract<PreparedSource, { kind: K }> | { ok: false; problem: PlanProblem | { id: 'no-table' } };

/** One kind of source on the worker's side: it hands the session its training set when it prepares. */
export interface SourceHost<K extends SourceKind> {
  load(input: Extract<SourceInput, { kind: K }>, onProgress: (fraction: number) => void): Promise<SourceLoadOutcome<K>>;
  prepare(request: Extract<PrepareRequest, { kind: K }>): PrepareOutcome<K>;
  /** A run's scores of its data, where the host exports them with the rows (a table's scored file). */
  keepScores?(test: Float32Array, train: Float32Array): void;
  /** Stops a load under way (it ends as cancelled and the source keeps what it had). */
  cancel(): void;
}
