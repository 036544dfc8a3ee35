import { createStore, del, get, set } from 'idb-keyval';

/**
 * My models: project files kept in this browser (IndexedDB), each under an id, with a small index
 * entry for the list so listing never reads the (megabyte-sized) projects themselves.
 */
export interface ModelEntry {
  id: string;
  name: string;
  /** The detector's label, and the data it was trained on, as the list shows them. */
  detector: string;
  data: string;
  savedAt: string;
  /** Characters in the project file (about its size in bytes). */
  size: number;
}

const store = createStore('anomaly-lab-models', 'projects');
const indexKey = 'index';

export async function listModels(): Promise<ModelEntry[]> {
  return ((await get<ModelEntry[]>(indexKey, store)) ?? []).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function putModel(entry: ModelEntry, text: string): Promise<void> {
  await set(`project:${entry.id}`, text, store);
  const others = (await listModels()).filter((e) => e.id !== entry.id);
  await set(indexKey, [entry, ...others], store);
}

export async function readModel(id: string): Promise<string | undefined> {
  return get<string>(`project:${id}`, store);
}

export async function deleteModel(id: string): Promise<void> {
  await del(`project:${id}`, store);
  await set(
    indexKey,
    (await listModels()).filter((e) => e.id !== id),
    store,
  );
}

/** The name in the list; the stored file keeps the name it was saved with until saved again. */
export async function renameModel(id: string, name: string): Promise<void> {
  await set(
    indexKey,
    (await listModels()).map((e) => (e.id === id ? { ...e, name } : e)),
    store,
  );
}
