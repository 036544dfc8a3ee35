import { useLab } from '../../store/labStore';
import { useT } from './useT';

/** The one place every user-facing failure is shown; the page keeps working underneath. */
export function ErrorAlert() {
  const t = useT();
  const message = useLab((s) => s.errorMessage);
  const setError = useLab((s) => s.setError);
  if (!message) return null;
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <span>{message}</span>
      <button type="button" aria-label={t('alert.dismissError')} onClick={() => setError(null)}>
        ×
      </button>
    </div>
  );
}

/** Non-fatal notices: ignored URL values, an unavailable forced backend. */
export function Notices() {
  const t = useT();
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" data-testid="notices">
      {notices.map((notice, i) => (
        <li key={notice}>
          {notice}{' '}
          <button type="button" aria-label={t('alert.dismissNotice')} onClick={() => dismiss(i)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What the lab recovered from and what it did (a fresh engine, the data again, the run restarted). */
export function RecoveryNotice() {
  const t = useT();
  const notice = useLab((s) => s.recoveryNotice);
  const dismiss = useLab((s) => s.dismissRecovery);
  if (!notice) return null;
  return (
    <div className="recovery" role="status" data-testid="recovery-notice">
      <span>{notice}</span>
      <button type="button" aria-label={t('alert.dismissNotice')} onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
