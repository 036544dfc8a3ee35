import { useLab } from '../../store/labStore';
import {
  closeMonitor,
  jumpToAlert,
  monitorSpeeds,
  pauseMonitor,
  resumeMonitor,
  setMonitorSpeed,
  stepMonitor,
} from '../../store/monitorIntents';
import { useT } from '../common/useT';
import { MonitorChart } from './MonitorChart';

const shownAlerts = 200;

/** The live monitor: controls, the scrolling chart, and the alerts raised so far. */
export function MonitorPanel() {
  const t = useT();
  const monitor = useLab((s) => s.monitor);
  if (!monitor) return null;
  const { playing, done, speed, position, info, alerts } = monitor;
  return (
    <section className="card monitor" aria-label={t('monitor.title')} data-testid="monitor">
      <h2>{t('monitor.title')}</h2>
      <div className="monitor-controls">
        <button
          type="button"
          data-testid="monitor-pause"
          aria-pressed={!playing}
          disabled={done}
          onClick={() => (playing ? pauseMonitor() : resumeMonitor())}
        >
          {playing ? t('monitor.pause') : t('monitor.resume')}
        </button>
        <button type="button" data-testid="monitor-step" disabled={playing || done} onClick={stepMonitor}>
          {t('monitor.step')}
        </button>
        <label className="inline">
          {t('monitor.speed')}
          <select data-testid="monitor-speed" value={speed} onChange={(e) => setMonitorSpeed(Number(e.target.value))}>
            {monitorSpeeds.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <span className="muted" data-testid="monitor-progress" data-position={position} data-length={info.length}>
          {t(done ? 'monitor.done' : 'monitor.progress', { position, length: info.length })}
        </span>
        <button type="button" className="link" data-testid="monitor-close" onClick={() => closeMonitor()}>
          {t('monitor.close')}
        </button>
      </div>
      <MonitorChart />
      <h3>{t('monitor.alerts', { n: alerts.length })}</h3>
      <ol className="alert-list" data-testid="alert-list" data-alerts={alerts.length}>
        {alerts
          .slice(-shownAlerts)
          .reverse()
          .map((alert) => (
            <li key={alert.position} data-testid="alert-row" data-row={alert.row} data-score={alert.score}>
              <button type="button" className="link" onClick={() => jumpToAlert(alert)} title={t('monitor.jumpTitle')}>
                {t('monitor.alertRow', {
                  row: alert.row,
                  score: alert.score.toPrecision(4),
                  rows: alert.length,
                })}
              </button>
              {alert.drivers.length > 0 && (
                <span className="muted"> · {t('monitor.drivers', { columns: alert.drivers.join(', ') })}</span>
              )}
            </li>
          ))}
      </ol>
      {alerts.length === 0 && <p className="muted">{t('monitor.noAlerts')}</p>}
    </section>
  );
}
