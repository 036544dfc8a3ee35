#!/usr/bin/env python3
"""scikit-learn's counterpart of each of the lab's classical detectors, on the rows `npm run bench:classical` used.

Reads the splits file the benchmark's run wrote (bench/node-classical.ts: for each data set, class
and seed, the training and test rows, and each detector's settings as the lab ran them) and writes
every run's AUROC and fit time. Each counterpart runs the same algorithm with the lab detector's
settings, read from that file rather than written here, so a changed default changes both sides;
random_state is the run's seed. Both paths come from scripts/bench-classical.mjs, so the figures are
always those of its own run. Needs Debian's python3-sklearn (and scipy, for the k-NN image blur).
Usage: python3 scripts/sklearn-baselines.py <splits.json> <output.json>
"""
import json
import sys
import time

import numpy as np
import sklearn
from scipy.ndimage import gaussian_filter
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.covariance import LedoitWolf
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import LocalOutlierFactor, NearestNeighbors
from sklearn.svm import OneClassSVM

# The lab's One-Class SVM solves at most this many training rows, a seeded sample of a larger set
# (src/core/detectors/ocsvm/build.ts, maxExactRows).
OCSVM_MAX_ROWS = 2000


def image_pool(name):
    """The bundled pool (public/<name>.bin) as the lab feeds it to detectors: pixel / 255 in float32."""
    raw = open(f'public/{name}.bin', 'rb').read()
    count = int.from_bytes(raw[8:12], 'little')
    side = int.from_bytes(raw[12:16], 'little')
    labels = np.frombuffer(raw, np.uint8, count, 16)
    pixels = np.frombuffer(raw, np.uint8, count * side * side, 16 + count).reshape(count, side * side)
    return labels, (pixels.astype(np.float32) / np.float32(255)).astype(np.float64)


def knn_view(p, side):
    """k-NN's row view (src/core/detectors/knn/rowView.ts): `auto` is cosine on images; blur on images only."""
    cosine = p['metric'] == 'cosine' or (p['metric'] != 'euclidean' and bool(side))
    blur = p['blur'] if side and p['blur'] > 0 else 0
    return cosine, blur


def blurred(rows, side, sigma):
    """Rows that are side x side images, blurred as the lab's k-NN does (sampled Gaussian to 3 sigma, zero padding)."""
    if not sigma:
        return rows
    images = rows.reshape(-1, side, side)
    return gaussian_filter(images, sigma=(0, sigma, sigma), mode='constant', truncate=3.0).reshape(len(rows), -1)


def pca_components(p, rows, features):
    """usableComponents in src/core/detectors/pca/build.ts: as asked, below the rank that zeroes every residual."""
    return max(1, min(round(p['components']), features - 1, rows - 1))


# Each counterpart: (scikit-learn estimator as run, fit(train, seed, side) -> score(test), higher = more anomalous).
def iforest(p):
    def fit(train, seed, _side):
        model = IsolationForest(n_estimators=round(p['trees']), max_samples=min(round(p['subsample']), len(train)),
                                random_state=seed).fit(train)
        return lambda test: -model.score_samples(test)
    return (f"IsolationForest(n_estimators={round(p['trees'])}, max_samples=min({round(p['subsample'])}, rows), "
            'random_state=seed)'), fit


def pca(p):
    def fit(train, _seed, _side):
        most = pca_components(p, *train.shape)
        model = PCA(n_components=most, svd_solver='full').fit(train)
        k = most
        if p['variance'] > 0:
            # The fewest leading components (at most `most`) explaining the share of the total variance.
            reached = np.cumsum(model.explained_variance_ratio_) >= p['variance']
            k = int(np.argmax(reached)) + 1 if reached.any() else most
        basis = model.components_[:k]

        def score(test):
            centred = test - model.mean_
            return ((centred - centred @ basis.T @ basis) ** 2).mean(axis=1)
        return score
    return (f"PCA(n_components=min({p['components']}, features - 1, rows - 1), svd_solver='full'), "
            'mean squared residual'), fit


def ocsvm(p):
    def fit(train, seed, _side):
        if len(train) > OCSVM_MAX_ROWS:
            train = train[np.sort(np.random.RandomState(seed).permutation(len(train))[:OCSVM_MAX_ROWS])]
        model = OneClassSVM(kernel='rbf', gamma='scale', nu=p['nu'], tol=1e-3).fit(train)
        return lambda test: -model.decision_function(test)
    return f"OneClassSVM(kernel='rbf', gamma='scale', nu={p['nu']}, tol=1e-3)", fit


def lof(p):
    def fit(train, _seed, _side):
        model = LocalOutlierFactor(n_neighbors=round(p['neighbors']), novelty=True).fit(train)
        return lambda test: -model.score_samples(test)
    return f"LocalOutlierFactor(n_neighbors={round(p['neighbors'])}, novelty=True), Euclidean", fit


def knn(p):
    def fit(train, _seed, side):
        cosine, blur = knn_view(p, side)
        model = NearestNeighbors(n_neighbors=round(p['neighbors']), metric='cosine' if cosine else 'euclidean',
                                 algorithm='brute').fit(blurred(train, side, blur))
        return lambda test: model.kneighbors(blurred(test, side, blur))[0][:, -1]
    view = ('images: cosine distance on images blurred with sigma ' + f"{p['blur']} (scipy gaussian_filter, zero "
            'padding, truncate 3); rows: Euclidean') if p['metric'] == 'auto' else f"{p['metric']}, blur {p['blur']}"
    return f"NearestNeighbors(n_neighbors={round(p['neighbors'])}), k-th distance; {view}", fit


def kmeans(p):
    def fit(train, seed, _side):
        k = round(p['clusters'])
        # Plain k-means++ (one candidate per centre), as the lab draws its start; KMeans alone would
        # take greedy k-means++ (2 + ln k candidates).
        start, _ = kmeans_plusplus(train, k, random_state=seed, n_local_trials=1)
        model = KMeans(n_clusters=k, init=start, n_init=1, max_iter=1000, tol=0, algorithm='lloyd').fit(train)
        return lambda test: model.transform(test).min(axis=1)
    return (f"KMeans(n_clusters={round(p['clusters'])}, init=kmeans_plusplus(n_local_trials=1, random_state=seed), "
            "n_init=1, max_iter=1000, tol=0, algorithm='lloyd'), distance to the nearest centre"), fit


def mahalanobis(_p):
    def fit(train, _seed, _side):
        model = LedoitWolf().fit(train)
        return model.mahalanobis
    return 'LedoitWolf().mahalanobis (squared distance)', fit


COUNTERPARTS = {'iforest': iforest, 'pca': pca, 'ocsvm': ocsvm, 'lof': lof, 'knn': knn, 'kmeans': kmeans,
                'mahalanobis': mahalanobis}


def split_rows(split, pools):
    """A split's training rows, test rows and labels: images by index into the bundled pool, tables as sent."""
    if 'trainIndices' not in split:
        return np.array(split['trainRows'], np.float64), np.array(split['testRows'], np.float64), 0
    name = split['dataset']
    if name not in pools:
        pools[name] = image_pool(name)
    labels, pixels = pools[name]
    normal = int(split['class'])
    train, test = split['trainIndices'], split['testIndices']
    # The indices name the same images the lab used: the classes must agree with its labels.
    assert (labels[train] == normal).all(), f'{name} {normal}: a training image of another class'
    assert ((labels[test] != normal).astype(int) == split['isAnomaly']).all(), f'{name} {normal}: labels differ'
    return pixels[train], pixels[test], split['imageSide']


def main(splits_path, output_path):
    data = json.load(open(splits_path))
    detectors = {i: COUNTERPARTS[i](p) for i, p in data['params'].items() if i in COUNTERPARTS}
    pools = {}
    runs = []
    for split in data['splits']:
        train, test, side = split_rows(split, pools)
        where = {'dataset': split['dataset'], 'class': split['class'], 'seed': split['seed']}
        line = []
        for detector, (estimator, fit) in detectors.items():
            started = time.perf_counter()
            score = fit(train, split['seed'], side)
            fit_ms = (time.perf_counter() - started) * 1000
            auroc = roc_auc_score(split['isAnomaly'], score(test))
            runs.append({'detector': detector, **where, 'auroc': float(auroc), 'fitMs': fit_ms})
            line.append(f'{detector} {auroc * 100:.1f}')
        print(f"sklearn {where['dataset']} {where['class']} seed {where['seed']}: {', '.join(line)}", flush=True)
    settings = {detector: estimator for detector, (estimator, _) in detectors.items()}
    with open(output_path, 'w') as f:
        json.dump({'version': sklearn.__version__, 'settings': settings, 'runs': runs}, f, indent=1)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
