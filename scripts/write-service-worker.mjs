// Writes dist/sw.js from src/offline/service-worker.js: the list of every file in the built app
// (so one visit caches all of it) and a version from their contents (so a new build replaces the
// cache). Run by `npm run build` after both Vite builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = 'dist';
const skip = new Set(['sw.js']);

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist)
  .map((path) => relative(dist, path).split(sep).join('/'))
  .filter((file) => !skip.has(file))
  .sort();
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(dist, file)));
const version = hash.digest('hex').slice(0, 16);
// './' is the page itself, as a visitor first asks for it.
const listed = ['./', ...files];
const template = readFileSync('src/offline/service-worker.js', 'utf8');
const placeholders = [
  "const version = '__VERSION__';",
  'const files = __FILES__;',
  'const isolationHeaders = __HEADERS__;',
];
if (placeholders.some((line) => !template.includes(line))) {
  throw new Error('src/offline/service-worker.js lost its __VERSION__, __FILES__ or __HEADERS__ line');
}
const headers = readFileSync('src/offline/isolation-headers.json', 'utf8').trim();
writeFileSync(
  join(dist, 'sw.js'),
  template
    .replace("const version = '__VERSION__';", `const version = ${JSON.stringify(version)};`)
    .replace('const files = __FILES__;', `const files = ${JSON.stringify(listed, null, 2)};`)
    .replace('const isolationHeaders = __HEADERS__;', `const isolationHeaders = ${headers};`),
);
const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
console.log(`service worker: ${files.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB, version ${version}`);
