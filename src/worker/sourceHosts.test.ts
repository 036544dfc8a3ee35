import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../core/config';
import { LabSession } from '../core/lab/session';
import { MessageError } from '../core/messages';
import { ImageSetHost } from './imageSetHost';
import { TableHost } from './tableHost';

/** An image-set asset of `count` 4x4 images, labels cycling 0..3 (the format scripts/image-asset.mjs writes). */
function asset(count: number): Uint8Array {
  const side = 4;
  const bytes = new Uint8Array(16 + count + count * side * side);
  bytes.set([...'MNST'].map((c) => c.charCodeAt(0)));
  const view = new DataView(bytes.buffer);
  view.setUint32(8, count, true);
  view.setUint32(12, side, true);
  for (let i = 0; i < count; i += 1) bytes[16 + i] = i % 4;
  for (let p = 16 + count; p < bytes.length; p += 1) bytes[p] = (p * 37) % 256;
  return bytes;
}

/** A fetch that serves `bytes` in two chunks with their length, counting its calls. */
function servingFetch(bytes: Uint8Array) {
  return vi.fn(async () => {
    const half = Math.floor(bytes.length / 2);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, half));
        controller.enqueue(bytes.slice(half));
        controller.close();
      },
    });
    return new Response(body, { headers: { 'content-length': String(bytes.length) } });
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the worker verbs over every source kind', () => {
  it('loads an image set once, reports progress to the whole, and prepares its split', async () => {
    const fetch = servingFetch(asset(200));
    vi.stubGlobal('fetch', fetch);
    const session = new LabSession();
    const host = new ImageSetHost(session);
    const progress: number[] = [];
    const loaded = await host.load({ kind: 'image-set', url: 'http://lab/a.bin', name: 'A' }, (f) => progress.push(f));
    expect(loaded).toEqual({ ok: true, kind: 'image-set', count: 200 });
    expect(progress).toHaveLength(2);
    expect(progress[0]).toBeLessThan(1);
    expect(progress[1]).toBe(1);
    // Kept: a second load of the same set is served without fetching again.
    await host.load({ kind: 'image-set', url: 'http://lab/a.bin', name: 'A' }, () => {});
    expect(fetch).toHaveBeenCalledTimes(1);

    const outcome = host.prepare({ kind: 'image-set', config: { ...defaultConfig(), normal: [1] } });
    if (!outcome.ok) throw new Error('not prepared');
    expect(outcome.kind).toBe('image-set');
    expect(outcome.prepared.side).toBe(4);
    // 50 images are 1s: 80% of them train, the rest and the 150 others are tested.
    const { train, testNormal, testAnomalous } = outcome.prepared.counts;
    expect([train, testNormal, testAnomalous]).toEqual([40, 10, 150]);
    expect(outcome.prepared.testLabels).toHaveLength(160);
    session.dispose();
  });

  it('stops an image set load when cancelled: the outcome says so and nothing is kept', async () => {
    const bytes = asset(50);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetch = vi.fn(async () => {
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, 100));
          await gate;
          controller.enqueue(bytes.slice(100));
          controller.close();
        },
      });
      return new Response(body, { headers: { 'content-length': String(bytes.length) } });
    });
    vi.stubGlobal('fetch', fetch);
    const host = new ImageSetHost(new LabSession());
    const input = { kind: 'image-set', url: 'http://lab/c.bin', name: 'C' } as const;
    const load = host.load(input, () => host.cancel());
    release();
    expect(await load).toEqual({ ok: false, cancelled: true });
    // Not kept: the next load fetches again, and completes.
    vi.stubGlobal('fetch', servingFetch(bytes));
    expect(await host.load(input, () => {})).toEqual({ ok: true, kind: 'image-set', count: 50 });
  });

  it('says which asset failed and with what status', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    const host = new ImageSetHost(new LabSession());
    const load = host.load({ kind: 'image-set', url: 'http://lab/b.bin', name: 'Fashion-MNIST' }, () => {});
    await expect(load).rejects.toBeInstanceOf(MessageError);
    await expect(load).rejects.toThrow(/Fashion-MNIST.*404|404.*Fashion-MNIST/);
  });

  it('loads and prepares a table through the same request shapes, refusing a prepare before a load', async () => {
    const session = new LabSession();
    const host = new TableHost(session);
    const config = defaultConfig();
    const before = host.prepare({ kind: 'table', config, plan: {} as never });
    expect(before).toEqual({ ok: false, problem: { id: 'no-table' } });

    const rows = Array.from({ length: 40 }, (_, i) => `${i % 7},${(i * 3) % 11},${i % 2 ? 'a' : 'b'}`);
    const file = new Blob([['x,y,kind', ...rows].join('\n')]);
    const loaded = await host.load(
      { kind: 'table', file, fileName: 't.csv', options: { decimalComma: false } },
      () => {},
    );
    if (!loaded.ok) throw new Error('not loaded');
    expect(loaded.kind).toBe('table');
    expect(loaded.summary.header).toEqual(['x', 'y', 'kind']);
    const prepared = host.prepare({ kind: 'table', config, plan: loaded.summary.plan });
    if (!prepared.ok) throw new Error('not prepared');
    expect(prepared.kind).toBe('table');
    expect(prepared.prepared.counts.testNormal + prepared.prepared.counts.testAnomalous).toBeGreaterThan(0);
    session.dispose();
  });
});
