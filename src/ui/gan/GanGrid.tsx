import { pickForInterpolation } from '../../store/ganIntents';
import { useLab } from '../../store/labStore';
import { DigitCanvas } from '../grids/DigitCanvas';
import { useImageView } from '../grids/imageView';

const perRow = 8;

/** Bars of how many grid samples the classifier puts in each class: mode collapse at a glance. */
function ClassHistogram({ histogram }: { histogram: number[] }) {
  const top = Math.max(1, ...histogram);
  return (
    <div
      className="class-histogram"
      data-testid="class-histogram"
      aria-label="Predicted classes of the generated digits"
    >
      {histogram.map((count, digit) => (
        <div
          key={digit}
          className="class-bar"
          title={`${count} of ${histogram.reduce((a, b) => a + b, 0)} look like a ${digit}`}
        >
          <span style={{ height: `${(count / top) * 100}%` }} />
          <small>{digit}</small>
        </div>
      ))}
    </div>
  );
}

/**
 * The generator's output for a fixed batch of noise, refreshed every N steps, with a scrubber over
 * the snapshots kept so far and the classifier's read-out. Click two digits to interpolate.
 */
export function GanGrid() {
  const snapshots = useLab((s) => s.ganSnapshots);
  const index = useLab((s) => s.snapshotIndex);
  const setIndex = useLab((s) => s.setSnapshotIndex);
  const picks = useLab((s) => s.interpolationPicks);
  const side = useImageView()?.side ?? 28;
  const status = useLab((s) => s.status);
  const shownIndex = index === null ? snapshots.length - 1 : Math.min(index, snapshots.length - 1);
  const snapshot = snapshots[shownIndex];
  const size = side * side;

  return (
    <section className="card" data-testid="sample-grid" aria-label="Generated digits" data-step={snapshot?.step ?? ''}>
      <h2>Generated digits {snapshot ? <small className="muted">step {snapshot.step}</small> : null}</h2>
      {!snapshot ? (
        <p className="muted">
          Press Train: the generator starts from noise and this 8×8 grid (always the same 64 noise vectors) shows what
          it makes.
        </p>
      ) : (
        <div className="gan-grid-layout">
          <div>
            <div className="gan-grid" style={{ gridTemplateColumns: `repeat(${perRow}, minmax(0, 40px))` }}>
              {Array.from({ length: snapshot.images.length / size }, (_, i) => (
                <button
                  type="button"
                  key={i}
                  className={picks.includes(i) ? 'gan-cell picked' : 'gan-cell'}
                  onClick={() => void pickForInterpolation(i)}
                  disabled={status === 'training'}
                  title="Pick two digits to interpolate between them"
                  data-testid={`gan-cell-${i}`}
                >
                  <DigitCanvas
                    pixels={snapshot.images.subarray(i * size, (i + 1) * size)}
                    side={side}
                    scale={255}
                    size={38}
                    label={`generated sample ${i + 1}`}
                  />
                </button>
              ))}
            </div>
            <label className="scrubber">
              History: snapshot {shownIndex + 1} of {snapshots.length}
              <input
                type="range"
                data-testid="snapshot-scrubber"
                min={0}
                max={Math.max(0, snapshots.length - 1)}
                value={shownIndex}
                onChange={(e) => {
                  const value = Number(e.target.value);
                  setIndex(value >= snapshots.length - 1 ? null : value);
                }}
              />
            </label>
          </div>
          <div className="likeness">
            <div
              className="metric"
              data-testid="classifier-score"
              data-value={snapshot.likeness?.score ?? ''}
              title="exp(mean KL(p(y|x) || p(y))) with the lab's MNIST classifier: 1 = all alike or unreadable, 10 = confident and evenly spread; real digits score about 8"
            >
              <span className="metric-label">classifier score</span>
              <span className="metric-value">{snapshot.likeness ? snapshot.likeness.score.toFixed(2) : 'n/a'}</span>
            </div>
            {snapshot.likeness && (
              <>
                <ClassHistogram histogram={snapshot.likeness.histogram} />
                <small className="muted">
                  what the classifier reads in the grid (confidence {(snapshot.likeness.confidence * 100).toFixed(0)}%)
                </small>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
