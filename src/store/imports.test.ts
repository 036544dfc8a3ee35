import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The store's modules and the store modules each one imports (type imports included). */
function storeImports(): Map<string, string[]> {
  const folder = __dirname;
  const modules = readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const graph = new Map<string, string[]>();
  for (const file of modules) {
    const text = readFileSync(join(folder, file), 'utf8');
    const targets = [...text.matchAll(/from '\.\/([\w]+)'/g)].map((m) => `${m[1]}.ts`);
    graph.set(file, targets);
  }
  return graph;
}

describe('store modules', () => {
  it('import each other without cycles (each layer only imports the ones below it)', () => {
    const graph = storeImports();
    expect(graph.size).toBeGreaterThan(5);
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('reach the worker through one module only', () => {
    const reaching = [...storeImports().keys()].filter((file) =>
      /new Worker\(|from '\.\.\/worker\//.test(readFileSync(join(__dirname, file), 'utf8')),
    );
    expect(reaching).toEqual(['workerConnection.ts']);
  });
});
