import { withModel, type LabConfig } from '../../config';
import { paramsOf } from '../../lab/classicalRun';
import { message, MessageError } from '../../messages';
import type { PlainData } from '../../project/plainData';
import { loadClassicalBuilder } from '../builders';
import { fittedClassical } from '../classical-shared/fitted';
import type { DataShape } from '../dataShape';
import { refuseOtherSaved, type DetectorFamily } from '../family';
import { detectorsOf } from '../registry';
import type { EnsembleSpec } from '../spec';
import { EnsembleModel, savedMemberIds, type EnsembleMember } from './model';
import { fitEnsemble } from './run';

/** An ensemble's members built as the run built them (each with its own defaults), then loaded. */
async function restoreEnsemble(state: PlainData, config: LabConfig, shape: DataShape): Promise<EnsembleModel> {
  const members: EnsembleMember[] = [];
  try {
    for (const id of savedMemberIds(state)) {
      // Members are one-pass detectors: an id that names none is a file this lab did not write.
      const spec = detectorsOf('classical').find((d) => d.id === id);
      if (!spec) throw new MessageError(message('err.core.unknownMember', { id }));
      const build = await loadClassicalBuilder(spec);
      const own = withModel(config, spec.id);
      const params = paramsOf(spec, own);
      const model = build({ inputSize: shape.inputSize, seed: own.seed, params, imageSide: shape.imageSide });
      members.push({ id, model, reference: new Float64Array(0) });
    }
    const ensemble = new EnsembleModel(members, new Float32Array(0));
    ensemble.load(state);
    return ensemble;
  } catch (error) {
    for (const member of members) member.model.dispose();
    throw error;
  }
}

/** Every classical detector fitted and scored, their ranks averaged: the ensemble is then the detector. */
export const ensembleFamily: DetectorFamily<EnsembleSpec> = {
  async train(spec, run) {
    const ensemble = await fitEnsemble(run.config, run.tensors, run.control, run.events);
    if (!ensemble) return { status: 'stopped', steps: 0, epochsCompleted: 0 };
    run.hold(fittedClassical(spec.id, ensemble, 'ensemble'));
    return { status: 'done', steps: 1, epochsCompleted: 1 };
  },

  async restore(spec, saved, config, shape) {
    refuseOtherSaved(spec, saved, 'ensemble');
    return fittedClassical(spec.id, await restoreEnsemble(saved.state, config, shape), 'ensemble');
  },
};
