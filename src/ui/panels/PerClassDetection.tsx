import { useMemo } from 'react';
import { classRecallAt } from '../../core/detect/perClass';
import { sourceOf } from '../../core/sources/registry';
import { useLab } from '../../store/labStore';
import { classFigures } from '../../store/perClassFigures';
import { preparedImages } from '../../store/selectors';
import { useT, useWords } from '../common/useT';

const percent = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

/**
 * Which anomalous classes the detector finds and which it misses: per class, its recall at the
 * current threshold (a bar that follows the threshold) and its AUROC against the normal items.
 * On an image set a bar is a button that shows that class alone in the galleries.
 */
export function PerClassDetection({ reportable }: { reportable: boolean }) {
  const t = useT();
  const words = useWords();
  const results = useLab((s) => s.results);
  const threshold = useLab((s) => s.threshold);
  const config = useLab((s) => s.config);
  const prepared = useLab((s) => s.prepared);
  const images = useLab((s) => preparedImages(s) !== null);
  const galleryClass = useLab((s) => s.galleryClass);
  const setGalleryClass = useLab((s) => s.setGalleryClass);
  const figures = useMemo(
    () => (results && reportable ? classFigures({ config, prepared }, results) : null),
    // The figures depend on the split and the scores only, not on the threshold or the rest of the config.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [results, prepared, reportable, config.dataset],
  );
  if (!figures) return null;
  const source = sourceOf(config.dataset);
  const names = source.kind === 'image-set' ? words.of(source).classNames : null;
  return (
    <section className="per-class" data-testid="per-class" aria-label={t('perClass.title')}>
      <h3>{t('perClass.title')}</h3>
      <p className="small muted">{t('perClass.about', { threshold: threshold.toPrecision(4) })}</p>
      <ul className="per-class-bars">
        {figures.map(({ name, detection }) => {
          const recall = classRecallAt(detection, threshold);
          const label = names?.[detection.cls] ?? name;
          const chosen = galleryClass === detection.cls;
          const text = t('perClass.bar', {
            label,
            recall: percent(recall),
            auroc: percent(detection.auroc),
            count: detection.count,
          });
          const bar = (
            <>
              <span className="per-class-label">{label}</span>
              <span className="per-class-track" aria-hidden="true">
                <span className="per-class-fill" style={{ width: `${Math.round(recall * 100)}%` }} />
              </span>
              <span className="per-class-figures">
                {t('perClass.figures', { recall: percent(recall), auroc: percent(detection.auroc) })}
              </span>
            </>
          );
          return (
            <li
              key={detection.cls}
              data-testid="per-class-bar"
              // The class as the link names classes (normal=, known=): a digit's index, a table's label text.
              data-class={names ? String(detection.cls) : name}
              data-recall={recall}
              data-auroc={detection.auroc}
              data-count={detection.count}
              title={text}
            >
              {images ? (
                <button
                  type="button"
                  className={chosen ? 'per-class-row chosen' : 'per-class-row'}
                  aria-pressed={chosen}
                  title={`${text} ${t('perClass.filter')}`}
                  onClick={() => setGalleryClass(chosen ? null : detection.cls)}
                >
                  {bar}
                </button>
              ) : (
                <span className="per-class-row">{bar}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
