import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { neighbourDetector } from '../classical-shared/neighbourDetector';
import type { Neighbours } from '../classical-shared/neighbours';
import { numberParam } from '../classical-shared/rowScorer';
import type { PlainData } from '../../project/plainData';
import { cosineDistances, rowViewFor, viewRows, type RowView } from './rowView';

/** Each row's distance to its k-th neighbour, from the neighbour table. */
const kthDistances = ({ k, distances }: Neighbours) =>
  Float32Array.from({ length: distances.length / k }, (_, r) => distances[r * k + k - 1]);

/** What a saved k-NN holds: the neighbour search's state and the view its rows were taken in. */
interface SavedKnn {
  search: PlainData;
  view: RowView;
}

/**
 * Distance to the k-th nearest training row, in the row view the configuration asks for (rowView.ts:
 * Euclidean, or cosine on optionally blurred images). The neighbour search runs on the active
 * backend (classical-shared/neighbours.ts); training rows are scored without themselves.
 */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const search = neighbourDetector(
    'k-NN detector',
    numberParam(options.params, 'neighbors', 5),
    (own) => ({ trainScores: kthDistances(own) }),
    (_state, found) => kthDistances(found),
  );
  let view = rowViewFor(options.params?.metric, options.params?.blur, options.imageSide);
  const distances = (euclidean: Float32Array) => (view.cosine ? cosineDistances(euclidean) : euclidean);
  const inView = async <T>(x: Parameters<ClassicalModel['score']>[0], take: (rows: typeof x) => Promise<T>) => {
    const rows = viewRows(x, view);
    try {
      return await take(rows);
    } finally {
      rows.dispose();
    }
  };
  return {
    fit: (x, control) => inView(x, (rows) => search.fit(rows, control)),
    score: async (x) => distances(await inView(x, (rows) => search.score(rows))),
    trainingScores: async () => distances(await search.trainingScores!()),
    save: async () => ({ search: await search.save(), view }) as unknown as PlainData,
    load(saved) {
      const state = saved as unknown as Partial<SavedKnn>;
      // A project saved before the row view existed holds the search state alone, in Euclidean terms.
      view = state.view ?? { side: 0, blur: 0, cosine: false };
      search.load(state.search ?? saved);
    },
    dispose: () => search.dispose(),
  };
}
