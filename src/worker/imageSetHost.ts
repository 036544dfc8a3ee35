import { decodeMnistAsset, type MnistDataset } from '../core/data/mnist';
import type { LabSession } from '../core/lab/session';
import { message, MessageError } from '../core/messages';
import type { PrepareOutcome, PrepareRequest, SourceHost, SourceInput, SourceLoadOutcome } from './sourceHost';

/**
 * The worker's side of the shipped image sets (MNIST, Fashion-MNIST): each asset is fetched and
 * decoded on first use and kept, so switching back to a dataset is instant.
 */
export class ImageSetHost implements SourceHost<'image-set'> {
  private readonly sets = new Map<string, MnistDataset>();
  private cancelled = false;

  constructor(private readonly session: LabSession) {}

  async load(
    input: Extract<SourceInput, { kind: 'image-set' }>,
    onProgress: (fraction: number) => void,
  ): Promise<SourceLoadOutcome<'image-set'>> {
    this.cancelled = false;
    const kept = this.sets.get(input.url) ?? (await this.fetchSet(input, onProgress));
    if (!kept) return { ok: false, cancelled: true };
    this.session.setDataset(kept);
    return { ok: true, kind: 'image-set', count: kept.count };
  }

  /** The asset's bytes, read as they stream in (progress as a fraction of its length), decoded. */
  private async fetchSet(
    { url, name }: Extract<SourceInput, { kind: 'image-set' }>,
    onProgress: (fraction: number) => void,
  ): Promise<MnistDataset | null> {
    const response = await fetch(url);
    if (!response.ok || !response.body) {
      throw new MessageError(message('err.assetLoad', { name, status: String(response.status) }));
    }
    const total = Number(response.headers.get('content-length')) || 0;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      if (this.cancelled) {
        await reader.cancel();
        return null;
      }
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      onProgress(total ? loaded / total : 0);
    }
    const bytes = new Uint8Array(loaded);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    const decoded = decodeMnistAsset(bytes.buffer, name);
    if (!decoded.ok) throw new Error(decoded.reason);
    this.sets.set(url, decoded.data);
    return decoded.data;
  }

  prepare({ config }: Extract<PrepareRequest, { kind: 'image-set' }>): PrepareOutcome<'image-set'> {
    return { ok: true, kind: 'image-set', prepared: this.session.prepare(config) };
  }

  cancel(): void {
    this.cancelled = true;
  }
}
