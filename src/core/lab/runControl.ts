/** What a single Step while paused advances: a whole round, or (a GAN) only its discriminator or generator. */
export type StepPart = 'both' | 'discriminator' | 'generator';

/**
 * Pause / Resume / Stop / Step for a running loop: the loop asks between steps, the page's
 * intents flip the flags. Plain state, no tensors.
 */
export class RunControl {
  paused = false;
  stopRequested = false;
  private resumeGate: (() => void) | null = null;
  /** Single steps granted while paused (the GAN's Step buttons), each with the part it advances. */
  private granted: StepPart[] = [];
  private snapshotAfterStep = false;
  /** The part the step now running advances: `both` unless a granted D-only or G-only step let it through. */
  private part: StepPart = 'both';

  /** A fresh run: not paused, not stopping. */
  start(): void {
    this.paused = false;
    this.stopRequested = false;
    this.granted = [];
    this.snapshotAfterStep = false;
    this.part = 'both';
  }

  pause(): void {
    this.paused = true;
    // Steps granted before are not carried into this pause.
    this.granted = [];
  }

  resume(): void {
    this.paused = false;
    this.granted = [];
    this.openGate();
  }

  stop(): void {
    this.stopRequested = true;
    this.resume();
  }

  /** While paused: let exactly one more step through (of a GAN: both networks, or only one of them). */
  step(part: StepPart = 'both'): void {
    if (!this.paused) return;
    this.granted.push(part);
    this.openGate();
  }

  /** What the step about to run advances (read by the loop after waitWhilePaused). */
  readonly stepPart = (): StepPart => this.part;

  readonly shouldStop = (): boolean => this.stopRequested;
  readonly isPaused = (): boolean => this.paused;

  /** Resolves when the loop may go on: at once, after Resume, or for one granted Step. */
  async waitWhilePaused(onPause?: () => Promise<void>): Promise<void> {
    this.part = 'both';
    if (!this.paused) return;
    await onPause?.();
    while (this.paused) {
      const part = this.granted.shift();
      if (part) {
        this.part = part;
        this.snapshotAfterStep = true;
        return;
      }
      await new Promise<void>((resolve) => (this.resumeGate = resolve));
    }
  }

  /** True once after a granted Step, so the loop shows what the step did. */
  readonly snapshotNow = (): boolean => {
    const now = this.snapshotAfterStep;
    this.snapshotAfterStep = false;
    return now;
  };

  private openGate(): void {
    this.resumeGate?.();
    this.resumeGate = null;
  }
}
