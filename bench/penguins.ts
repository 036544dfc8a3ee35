import { readFileSync } from 'node:fs';
import { parseCsvTable } from '../src/core/data/csv/parse';

/** The bundled Penguins sample as the Node benchmarks run it: the parsed table, its label column and species. */
export async function penguinsBySpecies() {
  const csv = readFileSync('public/samples/penguins.csv', 'utf8');
  const parsed = await parseCsvTable(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  const labelColumn = parsed.table.header.indexOf('Species');
  const rows = csv.trim().split('\n').slice(1);
  const species = [...new Set(rows.map((line) => line.split(',')[labelColumn]))].sort();
  return { table: parsed.table, labelColumn, species };
}
