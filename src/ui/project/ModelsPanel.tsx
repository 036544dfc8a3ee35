import { useEffect, useState } from 'react';
import {
  deleteSavedModel,
  downloadSavedModel,
  openProjectFile,
  openSavedModel,
  refreshModels,
  renameSavedModel,
  saveProject,
  suggestedName,
} from '../../store/projectIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';
import type { ModelEntry } from '../../store/modelLibrary';
import { exportForDeployment } from '../../store/exportIntents';
import { PanelTitle } from '../teach/HelpNote';
import { useLocale, useT } from '../common/useT';
import type { MessageKey } from '../../i18n/translate';

const sizeText = (characters: number) =>
  characters > 1e6 ? `${(characters / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(characters / 1e3))} kB`;

/** Why Save is not offered now, or null when it is. */
function saveRefusal(state: ReturnType<typeof useLab.getState>): MessageKey | null {
  if (state.status !== 'done' || !state.results) return 'models.refuseUntrained';
  if (state.shownRecord) return 'models.refuseShown';
  return null;
}

/** My models: save the run, reopen it from this browser or from a project file. */
export function ModelsPanel() {
  const t = useT();
  const locale = useLocale();
  const models = useLab((s) => s.savedModels);
  const busy = useLab((s) => s.projectBusy || isRunning(s));
  const refusalKey = useLab(saveRefusal);
  const refusal = refusalKey && t(refusalKey);
  const opened = useLab((s) => s.openedProject);
  const [name, setName] = useState('');
  useEffect(() => {
    void refreshModels();
  }, []);
  return (
    <section className="card models" aria-label={t('models.title')}>
      <PanelTitle panel="models">{t('models.title')}</PanelTitle>
      <form
        className="save-row"
        onSubmit={(e) => {
          e.preventDefault();
          void saveProject(name);
        }}
      >
        <input
          data-testid="model-name"
          aria-label={t('models.nameLabel')}
          placeholder={refusal ? t('models.namePlaceholder') : suggestedName()}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" data-testid="save-model" disabled={busy || refusal !== null} title={refusal ?? undefined}>
          {t('models.save')}
        </button>
        <button
          type="button"
          data-testid="export-tfjs"
          disabled={busy || refusal !== null}
          title={refusal ?? t('models.exportTitle')}
          onClick={() => void exportForDeployment(name)}
        >
          {t('models.export')}
        </button>
      </form>
      {refusal && <p className="muted small">{refusal}</p>}
      <label className="file-pick small">
        {t('models.openFile')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="open-model-file"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openProjectFile(file);
          }}
        />
      </label>
      {opened && (
        <p className="small" data-testid="project-opened" data-max-difference={opened.maxDifference}>
          {t('models.opened', { name: opened.name, date: new Date(opened.savedAt).toLocaleString(locale) })}{' '}
          {opened.maxDifference === 0
            ? t('models.identical')
            : t('models.differ', { value: opened.maxDifference.toPrecision(2) })}
        </p>
      )}
      {models.length === 0 ? (
        <p className="muted small">{t('models.none')}</p>
      ) : (
        <ul className="models-list" data-testid="models-list">
          {models.map((entry) => (
            <ModelRow key={entry.id} entry={entry} busy={busy} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ModelRow({ entry, busy }: { entry: ModelEntry; busy: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <li data-testid="model-entry" data-id={entry.id}>
      {renaming === null ? (
        <strong className="model-title">{entry.name}</strong>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void renameSavedModel(entry.id, renaming);
            setRenaming(null);
          }}
        >
          <input
            data-testid="rename-input"
            aria-label={t('models.renameLabel', { name: entry.name })}
            value={renaming}
            autoFocus
            onChange={(e) => setRenaming(e.target.value)}
          />
        </form>
      )}
      <span className="muted small">
        {entry.detector} · {entry.data} · {new Date(entry.savedAt).toLocaleString(locale)} · {sizeText(entry.size)}
      </span>
      <span className="entry-actions">
        <button type="button" data-testid="open-model" disabled={busy} onClick={() => void openSavedModel(entry.id)}>
          {t('models.open')}
        </button>
        <button type="button" data-testid="download-model" onClick={() => void downloadSavedModel(entry.id)}>
          {t('models.download')}
        </button>
        <button type="button" data-testid="rename-model" onClick={() => setRenaming(entry.name)}>
          {t('models.rename')}
        </button>
        <button
          type="button"
          data-testid="delete-model"
          aria-label={t('models.deleteLabel', { name: entry.name })}
          onClick={() => void deleteSavedModel(entry.id)}
        >
          {t('models.delete')}
        </button>
      </span>
    </li>
  );
}
