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
import { isRunning, useLab } from '../../store/labStore';
import type { ModelEntry } from '../../store/modelLibrary';
import { exportForDeployment } from '../../store/exportIntents';
import { PanelTitle } from '../teach/HelpNote';

const sizeText = (characters: number) =>
  characters > 1e6 ? `${(characters / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(characters / 1e3))} kB`;

/** Why Save is not offered now, or null when it is. */
function saveRefusal(state: ReturnType<typeof useLab.getState>): string | null {
  if (state.status !== 'done' || !state.results) return 'Train a detector first; a finished run can be saved.';
  if (state.shownRecord) return 'Show the trained detector again (leaderboard) to save it.';
  return null;
}

/** My models: save the run, reopen it from this browser or from a project file. */
export function ModelsPanel() {
  const models = useLab((s) => s.savedModels);
  const busy = useLab((s) => s.projectBusy || isRunning(s));
  const refusal = useLab(saveRefusal);
  const opened = useLab((s) => s.openedProject);
  const [name, setName] = useState('');
  useEffect(() => {
    void refreshModels();
  }, []);
  return (
    <section className="card models" aria-label="My models">
      <PanelTitle panel="models">My models</PanelTitle>
      <form
        className="save-row"
        onSubmit={(e) => {
          e.preventDefault();
          void saveProject(name);
        }}
      >
        <input
          data-testid="model-name"
          aria-label="Name of the model to save"
          placeholder={refusal ? 'Model name' : suggestedName()}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" data-testid="save-model" disabled={busy || refusal !== null} title={refusal ?? undefined}>
          Save
        </button>
        <button
          type="button"
          data-testid="export-tfjs"
          disabled={busy || refusal !== null}
          title={
            refusal ??
            'A zip to score records outside the lab: the project, the scorer module, the preprocessing and, ' +
              'for an autoencoder or a GAN, its TensorFlow.js networks'
          }
          onClick={() => void exportForDeployment(name)}
        >
          Export
        </button>
      </form>
      {refusal && <p className="muted small">{refusal}</p>}
      <label className="file-pick small">
        Open a project file…{' '}
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
          Opened <strong>{opened.name}</strong> (saved {new Date(opened.savedAt).toLocaleString()}):{' '}
          {opened.maxDifference === 0
            ? 'the scores recomputed here are identical to the saved ones.'
            : `the scores recomputed here differ from the saved ones by up to ${opened.maxDifference.toPrecision(2)}` +
              ' (another backend rounds differently).'}
        </p>
      )}
      {models.length === 0 ? (
        <p className="muted small">Saved models stay in this browser; nothing leaves it.</p>
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
            aria-label={`New name for ${entry.name}`}
            value={renaming}
            autoFocus
            onChange={(e) => setRenaming(e.target.value)}
          />
        </form>
      )}
      <span className="muted small">
        {entry.detector} · {entry.data} · {new Date(entry.savedAt).toLocaleString()} · {sizeText(entry.size)}
      </span>
      <span className="entry-actions">
        <button type="button" data-testid="open-model" disabled={busy} onClick={() => void openSavedModel(entry.id)}>
          Open
        </button>
        <button type="button" data-testid="download-model" onClick={() => void downloadSavedModel(entry.id)}>
          Download
        </button>
        <button type="button" data-testid="rename-model" onClick={() => setRenaming(entry.name)}>
          Rename
        </button>
        <button
          type="button"
          data-testid="delete-model"
          aria-label={`Delete ${entry.name}`}
          onClick={() => void deleteSavedModel(entry.id)}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
