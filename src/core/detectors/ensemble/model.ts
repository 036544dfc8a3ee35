import type * as tf from '@tensorflow/tfjs';
import type { ClassicalModel } from '../classical';
import type { PlainData } from '../../project/plainData';
import { meanRanks, midRank, referenceOf, type SplitScores } from './combine';

/** A fitted member of the ensemble and the split scores its later scores are ranked against. */
export interface EnsembleMember {
  id: string;
  model: ClassicalModel;
  reference: Float64Array;
}

interface SavedEnsemble {
  members: { id: string; state: PlainData; reference: Float64Array }[];
  trainScores: Float32Array;
}

/** The member ids a saved ensemble holds, to build them before `load`. */
export function savedMemberIds(state: PlainData): string[] {
  const members = (state as unknown as Partial<SavedEnsemble>).members;
  if (!Array.isArray(members) || members.length === 0) throw new Error('The saved ensemble has no members.');
  return members.map((m) => String(m.id));
}

/**
 * The ensemble as one detector: its members stay fitted, so new rows (another file, an exported
 * scorer) are scored by each member, placed among that member's split scores, and averaged, which
 * gives the split's own rows exactly the scores of the run. Fitted member by member by the lab
 * (each is a leaderboard entry), so `fit` is not how it is made.
 */
export class EnsembleModel implements ClassicalModel {
  private members: EnsembleMember[];
  /** The ensemble's scores of the training rows it was fitted with (members' own leave-one-out scores included). */
  private fittedTrainScores: Float32Array;

  constructor(members: EnsembleMember[], fittedTrainScores: Float32Array) {
    if (members.length === 0) throw new Error('An ensemble needs at least one detector.');
    this.members = members;
    this.fittedTrainScores = fittedTrainScores;
  }

  /** An ensemble of members fitted and scored on one split. */
  static fromSplit(members: { id: string; model: ClassicalModel; scores: SplitScores }[], trainScores: Float32Array) {
    return new EnsembleModel(
      members.map((m) => ({ id: m.id, model: m.model, reference: referenceOf(m.scores) })),
      trainScores,
    );
  }

  async fit(): Promise<void> {
    throw new Error('The ensemble is fitted member by member by the lab.');
  }

  async score(x: tf.Tensor2D): Promise<Float32Array> {
    const ranks: Float32Array[] = [];
    for (const { model, reference } of this.members) {
      const scores = await model.score(x);
      ranks.push(Float32Array.from(scores, (v) => midRank(reference, v)));
    }
    return meanRanks(ranks);
  }

  async trainingScores(): Promise<Float32Array> {
    return this.fittedTrainScores.slice();
  }

  async save(): Promise<PlainData> {
    const members = await Promise.all(
      this.members.map(async (m) => ({ id: m.id, state: await m.model.save(), reference: m.reference })),
    );
    return { members, trainScores: this.fittedTrainScores } as unknown as PlainData;
  }

  /** Loads a saved ensemble into members built (unfitted) in the saved order. */
  load(state: PlainData): void {
    const saved = state as unknown as SavedEnsemble;
    const ids = savedMemberIds(state);
    if (ids.join() !== this.members.map((m) => m.id).join()) {
      throw new Error('The saved ensemble has other members than this one.');
    }
    saved.members.forEach((m, i) => {
      this.members[i].model.load(m.state);
      this.members[i].reference = Float64Array.from(m.reference);
    });
    this.fittedTrainScores = Float32Array.from(saved.trainScores);
  }

  dispose(): void {
    for (const member of this.members) member.model.dispose();
  }
}
