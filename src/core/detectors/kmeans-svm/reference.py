#!/usr/bin/env python3
"""Reference two-class SVM decisions for kmeans-svm/build.test.ts, from scikit-learn's SVC.

Run by hand (never at run time or in CI) with Debian's python3-sklearn:
`python3 src/core/detectors/kmeans-svm/reference.py`. Writes reference.json beside this file: a
seeded two-class problem (two overlapping Gaussian clouds, unbalanced 60 / 12), the RBF gamma, and
SVC(kernel='rbf', C=1, class_weight='balanced', tol=1e-3).decision_function on 30 test rows, with
the fitted intercept, for the lab's solver (twoClass.ts) to be compared against.
"""
import json
import os

import numpy as np
from sklearn.svm import SVC

HERE = os.path.dirname(os.path.abspath(__file__))

rng = np.random.default_rng(20261207)
normal = rng.normal(0.0, 1.0, size=(60, 4))
anomalies = rng.normal(1.5, 1.0, size=(12, 4))
x = np.vstack([normal, anomalies])
y = np.array([-1] * 60 + [1] * 12)
test = rng.normal(0.7, 1.3, size=(30, 4))
gamma = 1.0 / (x.shape[1] * x.var())
svc = SVC(kernel='rbf', C=1.0, gamma=gamma, class_weight='balanced', tol=1e-3).fit(x, y)

with open(os.path.join(HERE, 'reference.json'), 'w') as out:
    json.dump(
        {
            'x': x.tolist(),
            'y': y.tolist(),
            'test': test.tolist(),
            'gamma': gamma,
            'decision': svc.decision_function(test).tolist(),
            'intercept': float(svc.intercept_[0]),
            'supportCount': int(len(svc.support_)),
        },
        out,
        indent=1,
    )
print('wrote reference.json')
