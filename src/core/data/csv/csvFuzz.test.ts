import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropFile, type FuzzOutcome } from './csvFuzz';
import { csvCases } from './fuzzCases';

// A bounded run here; `npm run fuzz` runs many more (bench/README.md has its last result).
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe('CSV pipeline under fuzzing', () => {
  it('turns every dropped file into a table of finite features or a clear message, never an exception', async () => {
    const seen: Record<FuzzOutcome, number> = { table: 0, refused: 0, 'plan-problem': 0 };
    await fc.assert(
      fc.asyncProperty(csvCases, async ({ bytes, description }) => {
        try {
          seen[await dropFile(bytes)] += 1;
        } catch (error) {
          throw new Error(`${(error as Error).message} <- ${description}`, { cause: error });
        }
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    );
    // The generator reaches both sides: real tables and refusals.
    expect(seen.table).toBeGreaterThan(runs / 10);
    expect(seen.refused).toBeGreaterThan(0);
    if (process.env.FUZZ_RUNS) console.log(`fuzz: ${runs} files -> ${JSON.stringify(seen)}`);
  }, 600_000);
});
