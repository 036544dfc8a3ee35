import { useLab } from './labStore';
import { loadTableFile, type TablePreset } from './tableIntents';
import { say } from './say';

/**
 * The sample tables shipped with the lab; they open as their hints say (the penguins with their
 * label). Their titles and hints are the catalogs' `sample.<id>.title` and `.hint`.
 */
export interface SampleTable {
  id: 'penguins' | 'weather' | 'sensors' | 'heartbeats';
  file: string;
  preset?: TablePreset;
}

export const sampleTables: readonly SampleTable[] = [
  {
    id: 'penguins',
    file: 'penguins.csv',
    preset: { label: 'Species', normal: ['Adelie'] },
  },
  {
    id: 'weather',
    file: 'seattle-weather.csv',
  },
  {
    id: 'sensors',
    file: 'synthetic-series.csv',
    preset: { label: 'anomaly', normal: ['normal'] },
  },
  {
    id: 'heartbeats',
    file: 'synthetic-heartbeats.csv',
    preset: { label: 'label', normal: ['normal'] },
  },
];

/** Fetches a sample from the lab's own origin and loads it as if it had been dropped. */
export async function loadSampleTable(id: SampleTable['id']): Promise<void> {
  const sample = sampleTables.find((s) => s.id === id)!;
  try {
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}samples/${sample.file}`, document.baseURI));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await loadTableFile(await response.blob(), sample.file, sample.preset);
  } catch (error) {
    useLab.setState({
      errorMessage: say('err.sample', {
        file: sample.file,
        reason: error instanceof Error ? error.message : String(error),
      }),
    });
  }
}
