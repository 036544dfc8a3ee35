// `npm run check-figures` (a stage of `npm test`): every marked figure in README.md and
// bench/README.md made again from its committed results file (scripts/figures/check.mjs says how
// figures are marked; bench/figures.mjs defines them). `--write` rewrites the marked tables from
// their files (inline figures are never rewritten: a changed number is a change to the prose).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { figures } from '../bench/figures.mjs';
import { checkDocument } from './figures/check.mjs';

const write = process.argv.includes('--write');
const documents = ['README.md', 'bench/README.md'];
const tracked = new Set(
  execFileSync('git', ['ls-files', 'bench/results', 'public/pretrained/index.json'], { encoding: 'utf8' }).split('\n'),
);
const loaded = new Map();

/** A results file, parsed once; only committed files count (a figure must be reproducible from a clone). */
function results(file) {
  if (!tracked.has(file)) throw new Error(`${file} is not a committed results file`);
  if (!loaded.has(file)) {
    const text = readFileSync(file, 'utf8');
    loaded.set(file, file.endsWith('.json') ? JSON.parse(text) : text);
  }
  return loaded.get(file);
}

function figureText(name) {
  const figure = figures[name];
  if (!figure) throw new Error(`no figure named ${name} in bench/figures.mjs`);
  // A figure made from several files (two backends' runs compared) names them all.
  return figure.files ? figure.text(...figure.files.map(results)) : figure.text(results(figure.file));
}

let problems = [];
let checked = 0;
for (const path of documents) {
  const text = readFileSync(path, 'utf8');
  const result = checkDocument(path, text, figureText, { write });
  problems = problems.concat(result.problems);
  checked += result.checked;
  if (write && result.text !== text) {
    writeFileSync(path, result.text);
    console.log(`rewrote the marked tables of ${path}`);
  }
}
const unused = Object.keys(figures).filter((name) =>
  documents.every((path) => !readFileSync(path, 'utf8').includes(`<!--fig ${name}-->`)),
);
for (const name of unused) problems.push(`bench/figures.mjs: ${name} is quoted nowhere`);
for (const problem of problems) console.error(problem);
console.log(
  `${checked} marked figures checked against ${new Set(loaded.keys()).size} results files; ${problems.length} problems`,
);
process.exit(problems.length ? 1 : 0);
