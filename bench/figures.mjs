// Every figure README.md and bench/README.md quote under a marker, by name: the committed results
// file it comes from and how its text is made from that file (scripts/check-figures.mjs checks the
// documents against these; scripts/figures/check.mjs says how a marker looks). A figure is never
// typed into a document by hand: a new run adds a new file and a new entry here.

/** The lines of a Markdown results file from a heading to the next heading (heading and blank edges dropped). */
export function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no "${heading}" in the results file`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** Only the table rows of a section (its prose stays in the document, in the document's words). */
export const tableOf = (markdown, heading) =>
  section(markdown, heading)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .join('\n');

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Sample standard deviation (n - 1), 0 for one value. */
const sd = (values) =>
  values.length < 2 ? 0 : Math.sqrt(values.reduce((a, v) => a + (v - mean(values)) ** 2, 0) / (values.length - 1));
const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);

/** A bench:quality file's mean over classes per seed, then mean ± sd over seeds, in %. */
export function qualityMean(report, dataset, model, key = 'aeAuroc') {
  const rows = report.rows.filter((r) => r.dataset === dataset && r.model === model);
  if (rows.length === 0) throw new Error(`no ${dataset} ${model} rows`);
  const seeds = [...new Set(rows.map((r) => r.seed))];
  const perSeed = seeds.map((seed) => mean(rows.filter((r) => r.seed === seed).map((r) => r[key])));
  return seeds.length > 1 ? `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}` : pct(perSeed[0]);
}

export const figures = {};
