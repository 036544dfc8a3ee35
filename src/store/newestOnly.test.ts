import { describe, expect, it } from 'vitest';
import { newestOnly } from './newestOnly';

describe('newestOnly', () => {
  it('runs one call at a time, and once more after it for any number of requests made during it', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    let state = 0;
    let release: (() => void) | null = null;
    const call = newestOnly(async () => {
      running += 1;
      most = Math.max(most, running);
      seen.push(state);
      await new Promise<void>((resolve) => (release = resolve));
      running -= 1;
    });
    const first = call();
    for (state = 1; state <= 5; state += 1) void call();
    state = 5;
    release!();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    release!();
    await first;
    expect(most).toBe(1);
    // The first request, then only the newest state: the four in between were skipped.
    expect(seen).toEqual([0, 5]);
  });
});
