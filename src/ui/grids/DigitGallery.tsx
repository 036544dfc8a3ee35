import { resultStages, useStagedResults } from '../common/useStagedResults';
import { sourceOf } from '../../core/sources/registry';
import { useMemo } from 'react';
import { useLab } from '../../store/labStore';
import { preparedImages } from '../../store/selectors';
import { probeFromTest } from '../../store/probeIntents';
import type { Results } from '../../store/labState';
import { DigitCanvas } from './DigitCanvas';
import { FeedbackButtons } from '../feedback/FeedbackButtons';
import { markKey } from '../../core/detect/feedback';
import { useImageView, type ImageView } from './imageView';
import { useT, useWords } from '../common/useT';

const perRow = 10;

/** Test positions satisfying `keep`, at most `perRow`, walking the ascending score order from the top (or the bottom). */
function pick(ascending: ArrayLike<number>, keep: (row: number) => boolean, fromLowest = false): number[] {
  const picked: number[] = [];
  for (let k = 0; k < ascending.length && picked.length < perRow; k += 1) {
    const row = ascending[fromLowest ? k : ascending.length - 1 - k];
    if (keep(row)) picked.push(row);
  }
  return picked;
}

function Strip({
  title,
  rows,
  prepared,
  results,
  testId,
}: {
  title: string;
  rows: number[];
  prepared: ImageView;
  results: Results;
  testId: string;
}) {
  const t = useT();
  const size = prepared.side * prepared.side;
  const probeable = useLab((s) => preparedImages(s) !== null);
  return (
    <div className="strip" data-testid={testId}>
      <h3>
        {title} <small>({rows.length ? t('gallery.shown', { n: rows.length }) : t('gallery.none')})</small>
      </h3>
      <div className="strip-digits">
        {rows.map((row) => (
          <figure key={row} data-testid="gallery-item" data-label={prepared.labelOf(row)} data-position={row}>
            {probeable ? (
              // The item starts the probe's drawing (a table of images is encoded its own way: no probe).
              <button
                type="button"
                className="probe-from"
                data-testid="probe-from"
                title={t('probe.startFrom')}
                aria-label={t('probe.startFrom')}
                onClick={() => probeFromTest(row)}
              >
                <DigitCanvas
                  pixels={prepared.testImages.subarray(row * size, (row + 1) * size)}
                  side={prepared.side}
                  scale={255}
                  size={44}
                />
              </button>
            ) : (
              <DigitCanvas
                pixels={prepared.testImages.subarray(row * size, (row + 1) * size)}
                side={prepared.side}
                scale={255}
                size={44}
              />
            )}
            <figcaption>
              {prepared.labelOf(row)} · {results.testScores[row].toFixed(4)}
            </figcaption>
            <FeedbackButtons
              itemKey={markKey('test', row)}
              label={t('gallery.itemLabel', {
                label: prepared.labelOf(row),
                score: results.testScores[row].toFixed(4),
              })}
            />
          </figure>
        ))}
      </div>
    </div>
  );
}

/** The most anomalous test digits, and the mistakes the current threshold makes. */
export function DigitGallery() {
  const t = useT();
  const words = useWords();
  const prepared = useImageView();
  const results = useStagedResults(resultStages.gallery);
  const threshold = useLab((s) => s.threshold);
  const source = words.of(useLab((s) => sourceOf(s.config.dataset)));
  // A bar of the per-class view clicked: the anomalies shown are of that class alone (image sets).
  const galleryClass = useLab((s) => s.galleryClass);
  const setGalleryClass = useLab((s) => s.setGalleryClass);
  const classOf = useLab((s) => preparedImages(s)?.testLabels ?? null);
  const onlyClass = galleryClass !== null && classOf ? galleryClass : null;
  const strips = useMemo(() => {
    if (!prepared || !results) return null;
    const { index, testScores } = results;
    const anomalous = (row: number) => prepared.testIsAnomaly[row] === 1;
    const shown = (row: number) => onlyClass === null || !anomalous(row) || classOf![row] === onlyClass;
    return {
      top: pick(index.order, (row) => onlyClass === null || (anomalous(row) && shown(row))),
      // Normal digits above the threshold, most confidently wrong first.
      falsePositives: pick(index.order, (row) => !anomalous(row) && testScores[row] > threshold),
      // Anomalies below the threshold, the most thoroughly missed first.
      falseNegatives: pick(index.order, (row) => anomalous(row) && shown(row) && testScores[row] <= threshold, true),
    };
  }, [prepared, results, threshold, onlyClass, classOf]);
  if (!prepared || !results || !strips) return null;
  const items = source.kind === 'image-set' ? source.itemNoun.many : t('gallery.images');
  const capitalised = `${items[0].toUpperCase()}${items.slice(1)}`;
  return (
    <section className="card" aria-label={t('gallery.region', { items: capitalised })}>
      <h2>{t('gallery.heading', { items: capitalised })}</h2>
      {onlyClass !== null && (
        <p className="gallery-filter" data-testid="gallery-class" data-class={onlyClass}>
          {t('gallery.onlyClass', {
            label: (source.kind === 'image-set' && source.classNames[onlyClass]) || String(onlyClass),
          })}{' '}
          <button type="button" onClick={() => setGalleryClass(null)}>
            {t('gallery.allClasses')}
          </button>
        </p>
      )}
      <Strip title={t('gallery.top')} rows={strips.top} prepared={prepared} results={results} testId="top-anomalies" />
      <Strip
        title={t('gallery.falsePositives')}
        rows={strips.falsePositives}
        prepared={prepared}
        results={results}
        testId="false-positives"
      />
      <Strip
        title={t('gallery.falseNegatives')}
        rows={strips.falseNegatives}
        prepared={prepared}
        results={results}
        testId="false-negatives"
      />
    </section>
  );
}
