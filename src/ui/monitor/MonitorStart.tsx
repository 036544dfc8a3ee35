import { useLab } from '../../store/labStore';
import { preparedTable, tableInView } from '../../store/selectors';
import { openMonitor } from '../../store/monitorIntents';
import { useT } from '../common/useT';

/** Opens the live monitor on the run's table once a run on a series or a table is done. */
export function MonitorStart() {
  const t = useT();
  const ready = useLab((s) => tableInView(s) && s.status === 'done' && s.results !== null && preparedTable(s) !== null);
  const open = useLab((s) => s.monitor !== null);
  if (!ready) return null;
  return (
    <p className="monitor-start">
      <button type="button" data-testid="monitor-start" disabled={open} onClick={() => void openMonitor()}>
        {t('monitor.start')}
      </button>{' '}
      <small className="muted">{t('monitor.startHint')}</small>
    </p>
  );
}
