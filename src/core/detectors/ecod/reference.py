#!/usr/bin/env python3
"""Reference ECOD scores for ecod/build.test.ts, written from the paper's definitions with numpy/scipy.

Run by hand (never at run time or in CI) with Debian's python3-scipy:
`python3 src/core/detectors/ecod/reference.py`. Reads the splits of fixtures/sklearn/<name>.json and
writes reference.json beside this file: for each split, the test rows' scores and the training rows'
in-sample scores.

ECOD (Li et al., TKDE 2022, Algorithm 1): per column j, the empirical CDF of the data F_j gives the
left tail score -log F_j(x) and, from the CDF of -X, the right tail score -log P(X_j >= x); the sign
of the column's skewness picks one of them. The authors' implementation (PyOD's ECOD) combines a
column's tail scores as max(left, right, skew-chosen tail), where a column of skewness 0 counts both
tails (left + right), and sums the columns. PyOD scores new rows with the CDF of the training rows
and the new rows together; here each new row joins the training rows alone, so its score does not
depend on which other rows are scored beside it: P(X_j <= x) = (#{train <= x} + 1) / (n + 1).
"""
import json
import os

import numpy as np
from scipy.stats import skew

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = os.path.join(HERE, '..', '..', '..', '..', 'fixtures', 'sklearn')
NO_SKEW = 1e-10  # |skewness| at most this counts as none (a symmetric or constant column)


def skew_signs(train):
    """scipy.stats.skew (biased, the default), its sign; 0 for a constant column (scipy gives nan)."""
    signs = []
    for column in train.T:
        if np.all(column == column[0]):
            signs.append(0)
            continue
        value = skew(column)
        signs.append(0 if abs(value) <= NO_SKEW else int(np.sign(value)))
    return np.array(signs)


def tail_scores(train, rows, in_sample):
    """-log of each value's left and right tail probability in its training column."""
    n = len(train)
    joined = 0 if in_sample else 1
    left = np.empty(rows.shape)
    right = np.empty(rows.shape)
    for i, row in enumerate(rows):
        at_most = (train <= row).sum(axis=0)
        at_least = (train >= row).sum(axis=0)
        left[i] = -np.log((at_most + joined) / (n + joined))
        right[i] = -np.log((at_least + joined) / (n + joined))
    return left, right


def ecod_columns(left, right, signs):
    skew_chosen = np.where(signs < 0, left, np.where(signs > 0, right, left + right))
    return np.maximum(np.maximum(left, right), skew_chosen)


def scores_for(split, combine):
    train = np.array(split['train'], dtype=np.float32).astype(np.float64)
    test = np.array(split['test'], dtype=np.float32).astype(np.float64)
    signs = skew_signs(train)
    return {
        'test': combine(*tail_scores(train, test, False), signs).sum(axis=1).tolist(),
        'train': combine(*tail_scores(train, train, True), signs).sum(axis=1).tolist(),
    }


def write_reference(combine, directory):
    out = {}
    for name in ['synthetic', 'wine', 'digits']:
        with open(os.path.join(SPLITS, f'{name}.json')) as f:
            out[name] = scores_for(json.load(f), combine)
    with open(os.path.join(directory, 'reference.json'), 'w') as f:
        json.dump(out, f)


if __name__ == '__main__':
    write_reference(ecod_columns, HERE)
