#!/usr/bin/env python3
"""Reference COPOD scores for copod/build.test.ts, written from the paper's definitions with numpy/scipy.

Run by hand (never at run time or in CI) with Debian's python3-scipy:
`python3 src/core/detectors/copod/reference.py`. Writes reference.json beside this file, on the
splits of fixtures/sklearn/<name>.json.

COPOD (Li et al., ICDM 2020, Algorithm 1): the empirical copula observations of a row are its
columns' empirical CDF values, left (U = F_j(x)) and right (V = F_j of -X at -x); the skewness of a
column picks W = U (negative skew) or V. The authors' implementation (PyOD's COPOD) takes, per
column, max(-log W, (-log U - log V) / 2), where a column of skewness 0 has -log W = -log U - log V,
and sums the columns. The tail probabilities are ECOD's (each new row joins the training rows alone;
see ecod/reference.py), so this script reads them from there.
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'ecod'))
from reference import write_reference  # noqa: E402


def copod_columns(left, right, signs):
    skew_chosen = np.where(signs < 0, left, np.where(signs > 0, right, left + right))
    return np.maximum(skew_chosen, (left + right) / 2)


if __name__ == '__main__':
    write_reference(copod_columns, HERE)
