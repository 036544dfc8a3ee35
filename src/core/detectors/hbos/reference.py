#!/usr/bin/env python3
"""Reference HBOS scores for hbos/build.test.ts, written from the paper's definitions with numpy.

Run by hand (never at run time or in CI) with Debian's python3-numpy:
`python3 src/core/detectors/hbos/reference.py`. Writes reference.json beside this file, on the
splits of fixtures/sklearn/<name>.json, for 10 bins (the default) and for 5 (reference_5.json).

HBOS (Goldstein and Dengel, KI 2012): per column, a histogram of static equal-width bins (numpy's
np.histogram over the training range), normalised so the tallest bin has height 1; a row scores
sum_j log2(1 / hist_j(x_j)). As in PyOD's HBOS, 0.1 is added to every height (an empty bin would
otherwise score infinity), and a value past the training range by at most half a bin's width counts
in the edge bin; further out, its height is 0 (PyOD gives it its column's lowest bin instead).
A value on an inner edge belongs to the bin on its right, as np.histogram counts it.
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = os.path.join(HERE, '..', '..', '..', '..', 'fixtures', 'sklearn')
ALPHA = 0.1
TOL = 0.5


def column_heights(column, values, bins):
    counts, edges = np.histogram(column, bins=bins)
    heights = counts / counts.max()
    index = np.clip(np.searchsorted(edges, values, side='right') - 1, 0, bins - 1)
    found = heights[index]
    below, above = values < edges[0], values > edges[-1]
    near_below = edges[0] - values <= TOL * (edges[1] - edges[0])
    near_above = values - edges[-1] <= TOL * (edges[-1] - edges[-2])
    found = np.where(below, np.where(near_below, heights[0], 0.0), found)
    return np.where(above, np.where(near_above, heights[-1], 0.0), found)


def hbos_scores(train, rows, bins):
    score = np.zeros(len(rows))
    for j in range(train.shape[1]):
        score -= np.log2(column_heights(train[:, j], rows[:, j], bins) + ALPHA)
    return score


def main():
    for bins, file in [(10, 'reference.json'), (5, 'reference_5.json')]:
        out = {}
        for name in ['synthetic', 'wine', 'digits']:
            with open(os.path.join(SPLITS, f'{name}.json')) as f:
                split = json.load(f)
            train = np.array(split['train'], dtype=np.float32).astype(np.float64)
            test = np.array(split['test'], dtype=np.float32).astype(np.float64)
            out[name] = {'test': hbos_scores(train, test, bins).tolist(), 'train': hbos_scores(train, train, bins).tolist()}
        with open(os.path.join(HERE, file), 'w') as f:
            json.dump(out, f)


if __name__ == '__main__':
    main()
