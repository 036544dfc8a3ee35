// The figure checker behind `npm run check-figures` (and a stage of `npm test`): every figure the
// README and bench/README quote carries a marker naming a figure of bench/figures.mjs, which says
// which committed results file it comes from and how its text is made from that file. The checker
// makes each figure's text again from the file and fails when the document's text differs.
//   inline:  **96.0 ± 0.3**<!--fig quality.mnist.dense-ae-->   the text just before the marker
//            (on its line, emphasis and code marks ignored) must end with the figure's text
//   block:   <!--fig tune.knn-view-->                            everything up to the closing
//            ...table...                                          marker must equal the figure's
//            <!--/fig-->                                          lines (`--write` rewrites them)

const markerPattern = /<!--fig ([\w.+-]+)-->/g;
const closing = '<!--/fig-->';

/** A figure's text as a document shows it: emphasis and code marks dropped, spaces collapsed. */
const plain = (text) => text.replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Checks (and with `write`, rewrites the blocks of) one document. `figureText(name)` returns the
 * figure's text, or throws when the figure or its file is unknown. Returns the problems found and
 * the document as it should be.
 */
export function checkDocument(path, text, figureText, { write = false } = {}) {
  const problems = [];
  const lines = text.split('\n');
  const out = [];
  let checked = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const block = /^<!--fig ([\w.+-]+)-->$/.exec(line.trim());
    if (block) {
      const end = lines.indexOf(closing, i + 1);
      if (end < 0) {
        problems.push(`${path}:${i + 1}: block ${block[1]} has no ${closing}`);
        out.push(line);
        continue;
      }
      const shown = lines
        .slice(i + 1, end)
        .join('\n')
        .trim();
      let expected;
      try {
        expected = figureText(block[1]).trim();
      } catch (error) {
        problems.push(`${path}:${i + 1}: ${error.message}`);
        out.push(...lines.slice(i, end + 1));
        i = end;
        continue;
      }
      checked += 1;
      if (shown !== expected && !write) problems.push(`${path}:${i + 1}: block ${block[1]} differs from its file`);
      out.push(line, ...(write ? expected.split('\n') : lines.slice(i + 1, end)), closing);
      i = end;
      continue;
    }
    // A marker inside a code span is an example of one (bench/README.md shows the syntax), not a figure.
    const masked = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
    for (const match of masked.matchAll(markerPattern)) {
      checked += 1;
      let expected;
      try {
        expected = plain(figureText(match[1]));
      } catch (error) {
        problems.push(`${path}:${i + 1}: ${error.message}`);
        continue;
      }
      const before = plain(line.slice(0, match.index).replace(markerPattern, ''));
      if (!before.endsWith(expected)) {
        const shown = before.slice(-Math.max(expected.length, 12));
        problems.push(`${path}:${i + 1}: ${match[1]} reads "${shown}", its file gives "${expected}"`);
      }
    }
    out.push(line);
  }
  return { problems, checked, text: out.join('\n') };
}
