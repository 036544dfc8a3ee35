/**
 * Pause / Resume / Stop / Step for a running loop: the loop asks between steps, the page's
 * intents flip the flags. Plain state, no tensors.
 */
export class RunControl {
  paused = false;
  stopRequested = false;
  private resumeGate: (() => void) | null = null;
  /** Single rounds granted while paused (the GAN's Step button). */
  private stepBudget = 0;
  private snapshotAfterStep = false;

  /** A fresh run: not paused, not stopping. */
  start(): void {
    this.paused = false;
    this.stopRequested = false;
    this.stepBudget = 0;
    this.snapshotAfterStep = false;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.openGate();
  }

  stop(): void {
    this.stopRequested = true;
    this.resume();
  }

  /** While paused: let exactly one more round through. */
  step(): void {
    if (!this.paused) return;
    this.stepBudget += 1;
    this.openGate();
  }

  readonly shouldStop = (): boolean => this.stopRequested;

  /** Resolves when the loop may go on: at once, after Resume, or for one granted Step. */
  async waitWhilePaused(onPause?: () => Promise<void>): Promise<void> {
    if (!this.paused) return;
    await onPause?.();
    while (this.paused) {
      if (this.stepBudget > 0) {
        this.stepBudget -= 1;
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
