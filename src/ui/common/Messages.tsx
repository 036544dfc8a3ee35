import { useLab } from '../../store/labStore';

/** The one place every user-facing failure is shown; the page keeps working underneath. */
export function ErrorAlert() {
  const message = useLab((s) => s.errorMessage);
  const setError = useLab((s) => s.setError);
  if (!message) return null;
  return (
    <div className="alert" role="alert" data-testid="error-message">
      <span>{message}</span>
      <button type="button" aria-label="Dismiss error" onClick={() => setError(null)}>
        ×
      </button>
    </div>
  );
}

/** Non-fatal notices: ignored URL values, an unavailable forced backend. */
export function Notices() {
  const notices = useLab((s) => s.notices);
  const dismiss = useLab((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" data-testid="notices">
      {notices.map((notice, i) => (
        <li key={notice}>
          {notice}{' '}
          <button type="button" aria-label="Dismiss notice" onClick={() => dismiss(i)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
