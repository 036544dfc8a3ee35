import * as tf from '@tensorflow/tfjs';

/**
 * A layers model as the files TensorFlow.js writes (`model.json` and one weights file), captured in
 * memory: the page zips them; `tf.loadLayersModel` (browser or Node) and the TensorFlow.js converter
 * read them back.
 */
export interface LayersFiles {
  modelJson: {
    format: 'layers-model';
    generatedBy: string;
    convertedBy: null;
    modelTopology: unknown;
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  };
  weights: ArrayBuffer;
}

export const weightsFileName = 'weights.bin';

export async function layersFiles(network: tf.LayersModel): Promise<LayersFiles> {
  let captured: tf.io.ModelArtifacts | null = null;
  await network.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  const artifacts = captured as tf.io.ModelArtifacts | null;
  if (!artifacts?.weightData || !artifacts.weightSpecs) throw new Error('The model gave no weights to export.');
  const data = artifacts.weightData;
  const weights = Array.isArray(data) ? concatBuffers(data) : data;
  return {
    modelJson: {
      format: 'layers-model',
      generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
      convertedBy: null,
      modelTopology: artifacts.modelTopology,
      weightsManifest: [{ paths: [weightsFileName], weights: artifacts.weightSpecs }],
    },
    weights,
  };
}

function concatBuffers(buffers: ArrayBuffer[]): ArrayBuffer {
  const out = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
  let offset = 0;
  for (const b of buffers) {
    out.set(new Uint8Array(b), offset);
    offset += b.byteLength;
  }
  return out.buffer;
}

/** The files back as a model (what `tf.loadLayersModel('…/model.json')` does with them on disk). */
export function loadLayersFiles(files: LayersFiles): Promise<tf.LayersModel> {
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: files.modelJson.modelTopology as tf.io.ModelJSON['modelTopology'],
      weightSpecs: files.modelJson.weightsManifest[0].weights,
      weightData: files.weights,
    }),
  );
}
