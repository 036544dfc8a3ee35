#!/usr/bin/env python3
"""scikit-learn's IsolationForest, PCA and OneClassSVM on the splits `npm run bench:classical` used.

Reads the splits file the benchmark's run wrote (MNIST train/test indices per digit, the Penguins
rows as the lab encoded them), writes each baseline's AUROC to the output file; both paths come
from scripts/bench-classical.mjs, so the baselines are always those of its own run. Needs Debian's
python3-sklearn; run by the benchmark when python3 has it.
Usage: python3 scripts/sklearn-baselines.py <splits.json> <output.json>
"""
import json
import sys

import numpy as np
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score
from sklearn.svm import OneClassSVM


def mnist_pixels(path='public/mnist.bin'):
    raw = open(path, 'rb').read()
    count = int.from_bytes(raw[8:12], 'little')
    side = int.from_bytes(raw[12:16], 'little')
    pixels = np.frombuffer(raw, np.uint8, count * side * side, 16 + count).reshape(count, side * side)
    return (pixels.astype(np.float32) / 255).astype(np.float64)


def baselines(train, test, is_anomaly, components):
    """AUROC of each baseline with the lab's defaults: 100 trees of 256 rows; k principal components; nu 0.5."""
    forest = IsolationForest(n_estimators=100, max_samples=min(256, len(train)), random_state=0).fit(train)
    pca = PCA(n_components=min(components, train.shape[1] - 1, len(train) - 1), svd_solver='full').fit(train)
    residual = ((test - pca.inverse_transform(pca.transform(test))) ** 2).mean(axis=1)
    svm = OneClassSVM(kernel='rbf', gamma='scale', nu=0.5).fit(train)
    return {
        'iforest': roc_auc_score(is_anomaly, -forest.score_samples(test)),
        'pca': roc_auc_score(is_anomaly, residual),
        'ocsvm': roc_auc_score(is_anomaly, -svm.decision_function(test)),
    }


def main(splits_path, output_path):
    splits = json.load(open(splits_path))
    pixels = mnist_pixels()
    out = {}
    for digit in range(10):
        split = splits[f'mnist-{digit}']
        out[f'mnist-{digit}'] = baselines(pixels[split['train']], pixels[split['test']], split['isAnomaly'], 32)
        print(digit, {k: round(v * 100, 1) for k, v in out[f'mnist-{digit}'].items()})
    penguins = splits['penguins']
    out['penguins'] = baselines(np.array(penguins['trainRows']), np.array(penguins['testRows']), penguins['isAnomaly'], 32)
    print('penguins', out['penguins'])
    with open(output_path, 'w') as f:
        json.dump(out, f, indent=1)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
