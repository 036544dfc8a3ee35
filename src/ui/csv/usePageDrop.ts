import { useEffect } from 'react';
import { loadTableFile } from '../../store/tableIntents';
import { openProjectFile } from '../../store/projectIntents';
import { useLab } from '../../store/labStore';
import { isRunning } from '../../store/selectors';

/** A file dropped anywhere on the page opens it as a table or a project (and stops the browser navigating to it). */
export function usePageDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      if (isRunning(useLab.getState())) {
        useLab.setState({ errorMessage: 'Stop the current training run before dropping a new file.' });
        return;
      }
      // A project file (saved model) opens as one; anything else is read as a table.
      if (/\.json$/i.test(file.name)) void openProjectFile(file);
      else void loadTableFile(file, file.name);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
