import { strToU8, zipSync } from 'fflate';
import { writeProject } from '../core/project/format';
import { weightsFileName } from '../core/project/exportModel';
import { downloadBlob } from './download';
import { currentProject, fileNameFor, suggestedName } from './projectIntents';
import { useLab } from './labStore';
import { say } from './say';
import { api, messageOf } from './workerConnection';

/**
 * Export for deployment: one zip with the project file, the scorer module that loads it and scores
 * records (anomaly-scorer.mjs, built from the lab's own code), the preprocessing as JSON, and for an
 * autoencoder its TensorFlow.js model (model.json + weights.bin) for the converter route.
 */
export async function exportForDeployment(name: string): Promise<void> {
  useLab.setState({ projectBusy: true });
  try {
    const project = await currentProject(name.trim() || suggestedName());
    if (!project.data.preprocessing) {
      throw new Error('this run has no preprocessing to export (train it on a table or an image set).');
    }
    const scorerUrl = new URL(`${import.meta.env.BASE_URL}export/anomaly-scorer.mjs`, document.baseURI);
    const response = await fetch(scorerUrl);
    if (!response.ok) throw new Error(say('err.scorerMissing', { status: response.status }));
    const networks = await api().detector.exportNetworks();
    const files: Record<string, Uint8Array> = {
      'model.anomaly-lab.json': strToU8(writeProject(project)),
      'anomaly-scorer.mjs': strToU8(await response.text()),
      'preprocessing.json': strToU8(JSON.stringify(project.data.preprocessing, null, 1)),
      'README.md': strToU8(usage(project.name, Object.keys(networks))),
    };
    // An autoencoder's model sits at the top; a GAN's networks each in a folder of their name.
    for (const [name, network] of Object.entries(networks)) {
      const folder = name === 'model' ? '' : `${name}/`;
      files[`${folder}model.json`] = strToU8(JSON.stringify(network.modelJson));
      files[`${folder}${weightsFileName}`] = new Uint8Array(network.weights);
    }
    const zip = zipSync(files, { level: 6 });
    downloadBlob(
      new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      fileNameFor(project.name).replace(/\.anomaly-lab\.json$/, '-export.zip'),
    );
  } catch (error) {
    useLab.setState({ errorMessage: say('err.export', { reason: messageOf(error) }) });
  } finally {
    useLab.setState({ projectBusy: false });
  }
}

/** What the zip's networks are, for its README. */
function networksNote(names: string[]): string {
  if (names.includes('model')) {
    return `
\`model.json\` + \`weights.bin\` are the autoencoder as a TensorFlow.js layers model: its output is the
reconstruction, and the score is the mean squared difference between input and output. For Python or a
server: \`tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras model.json model.h5\`.
`;
  }
  if (names.length === 0) return '';
  return `
The GAN's networks are TensorFlow.js layers models, one folder each (${names.map((n) => `\`${n}/\``).join(', ')}):
the generator maps noise to items, the discriminator is its features part followed by its head (a logit; the
"disc" score is minus that logit), and the encoder (when trained) maps an item to the noise the generator turns
back into it. The "encoder" score (f-AnoGAN) is mean((x - G(E(x)))^2) + mean((f(x) - f(G(E(x))))^2), with f
the discriminator's features. Convert each for Python with \`tensorflowjs_converter\` as for any layers model.
`;
}

function usage(name: string, networks: string[]): string {
  return `# ${name}: exported from the anomaly lab

Score new records with the model, anywhere TensorFlow.js runs (npm install @tensorflow/tfjs):

\`\`\`js
import { readFile } from 'node:fs/promises';
import { loadScorer } from './anomaly-scorer.mjs';
const scorer = await loadScorer(await readFile('model.anomaly-lab.json', 'utf8'));
const scores = await scorer.score(records); // objects keyed by column name (tables) or 0-255 pixel rows (images)
console.log(scores, scorer.flag(scores)); // flag: above the threshold saved with the model
\`\`\`

In a web page, load the file with fetch() instead and map "@tensorflow/tfjs" in an import map.
\`preprocessing.json\` is how records become the model's input (a table's fitted encoder by column name).
${networksNote(networks)}`;
}
