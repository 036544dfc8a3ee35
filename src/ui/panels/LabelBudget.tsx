import type { OneClassSplit } from '../../core/data/split';
import { knownClassSplit } from '../../core/detect/knownClasses';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import { ConfigControl } from './ConfigControl';
import { useT } from '../common/useT';

/**
 * The label budget beside a split: how many anomalies (and normal items) training may know the label
 * of, from which classes, and what the split drew. Labelled anomalies are never tested, so the counts
 * here and the test counts beside them add up. `classNames`: an image set's classes (a table's label
 * column has one anomalous kind, so it has no class to choose).
 */
export function LabelBudget({
  counts,
  classNames,
}: {
  counts: OneClassSplit['counts'];
  classNames: readonly string[] | null;
}) {
  const t = useT();
  const busy = useLab(isRunning);
  const normal = useLab((s) => s.config.normal);
  const known = useLab((s) => s.config.known);
  const classes = classNames ? knownClassSplit(classNames.length, normal, known).known : null;
  return (
    <div className="label-budget">
      <div className="row">
        <ConfigControl name="labelled" disabled={busy} />
        {classNames && <ConfigControl name="known" disabled={busy} />}
        <ConfigControl name="labelnormal" disabled={busy} />
      </div>
      <dl
        className="counts"
        data-testid="label-budget"
        data-labelled={counts.labelledAnomalies}
        data-labelled-normal={counts.labelledNormal}
        data-known={classes ? classes.join(',') : 'all'}
      >
        <dt>{t('count.labelledAnomalies')}</dt>
        <dd>{counts.labelledAnomalies}</dd>
        <dt>{t('count.labelledNormal')}</dt>
        <dd>{counts.labelledNormal}</dd>
        {classes && (
          <>
            <dt>{t('count.knownClasses')}</dt>
            <dd>{classes.map((c) => classNames![c]).join(', ') || t('metric.none')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
