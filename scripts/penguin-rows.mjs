// A large Penguins-like CSV for the scoring benchmarks (Node and browser): rows of the sample drawn
// with a seeded generator, every number jittered by up to 2% so no two rows are the same, written in
// pieces until the file reaches the size. A file already that large is kept (returns -1).
import { createWriteStream, existsSync, statSync } from 'node:fs';

export async function generatePenguinRows(path, bytes, header, rows) {
  if (existsSync(path) && statSync(path).size >= bytes) return -1;
  const out = createWriteStream(path);
  let written = 0;
  let count = 0;
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  out.write(`${header}\n`);
  while (written < bytes) {
    const lines = [];
    for (let i = 0; i < 100_000; i += 1) {
      const cells = rows[Math.floor(random() * rows.length)].split(',');
      lines.push(
        cells.map((c) => (/^\d+(\.\d+)?$/.test(c) ? (Number(c) * (0.98 + random() * 0.04)).toFixed(1) : c)).join(','),
      );
    }
    const text = `${lines.join('\n')}\n`;
    written += text.length;
    count += lines.length;
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return count;
}
