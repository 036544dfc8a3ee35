#!/usr/bin/env python3
"""Reference scores from scikit-learn for the classical detectors' parity tests.

Run by hand (never at run time or in CI): `python3 scripts/sklearn-reference.py`, with Debian's
python3-sklearn. Writes fixtures/sklearn/<dataset>.json: the split (training rows, test rows and
their labels), each detector's parameters and scikit-learn's scores on the test rows (higher = more
anomalous), plus the initial centroids k-means starts from. The unit test
(src/core/detectors/classical-shared/parity.test.ts) runs our detectors on the same rows.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.covariance import LedoitWolf
from sklearn.datasets import load_digits, load_wine
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import LocalOutlierFactor, NearestNeighbors
from sklearn.preprocessing import StandardScaler
from sklearn.svm import OneClassSVM
from scipy.ndimage import gaussian_filter

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'sklearn')


def synthetic():
    """Three correlated Gaussian features and two independent ones; outliers off the correlation."""
    rng = np.random.RandomState(7)
    mix = np.array([[1.0, 0.8, 0.3], [0.0, 0.6, -0.4], [0.0, 0.0, 0.5]])
    def normal_rows(n):
        return np.hstack([rng.randn(n, 3) @ mix + [5, -2, 0], rng.randn(n, 2) * [2, 0.5]])
    train = normal_rows(200)
    test_normal = normal_rows(80)
    outliers = normal_rows(20)
    outliers[:, :3] = rng.randn(20, 3) * 2.5 + [5, -2, 0]  # the correlation broken
    outliers[:5, 4] += 4  # a few far out along one independent feature
    test = np.vstack([test_normal, outliers])
    labels = np.r_[np.zeros(80), np.ones(20)].astype(int)
    return train, test, labels


def one_class(data, target, normal, train_count, anomaly_count):
    """Class `normal` is normal: `train_count` of it train, the rest and `anomaly_count` others test."""
    rng = np.random.RandomState(0)
    normal_rows = rng.permutation(np.where(target == normal)[0])
    others = rng.permutation(np.where(target != normal)[0])[:anomaly_count]
    train = data[normal_rows[:train_count]]
    test = np.vstack([data[normal_rows[train_count:]], data[others]])
    labels = np.r_[np.zeros(len(normal_rows) - train_count), np.ones(len(others))].astype(int)
    return train.astype(float), test.astype(float), labels


def iqr_scores(train, test, k):
    """Signed distance past the farther Tukey fence, in units of the feature's IQR (the lab's definition)."""
    q1, q3 = np.percentile(train, [25, 75], axis=0)
    scale = q3 - q1
    std = train.std(axis=0)
    scale = np.where(scale > 0, scale, np.where(std > 0, std, 1.0))
    below = (q1 - k * (q3 - q1) - test) / scale
    above = (test - (q3 + k * (q3 - q1))) / scale
    return np.maximum(below, above).max(axis=1)


def kmeans_plus_plus(train, k, rng):
    """k-means++ starting centroids (numpy's RNG, stored in the fixture for the parity test)."""
    centres = [train[rng.randint(len(train))]]
    for _ in range(1, k):
        d2 = np.min([((train - c) ** 2).sum(1) for c in centres], axis=0)
        centres.append(train[rng.choice(len(train), p=d2 / d2.sum())])
    return np.array(centres)


def blurred(rows, side, sigma):
    """Rows that are side x side images, blurred as the lab's k-NN does (zero padding, 3 sigma)."""
    images = rows.reshape(-1, side, side)
    return gaussian_filter(images, sigma=(0, sigma, sigma), mode='constant', truncate=3.0).reshape(len(rows), -1)


def reference(name, train, test, labels, components, image_side=None):
    # The lab's rows are float32 tensors: the reference sees the same rounded values.
    train = train.astype(np.float32).astype(np.float64)
    test = test.astype(np.float32).astype(np.float64)
    p = {'iqrk': 1.5, 'components': components, 'neighbors_knn': 5, 'neighbors_lof': 20, 'clusters': 8,
         'trees': 100, 'subsample': 256, 'nu': 0.5}
    scores = {}
    scaler = StandardScaler().fit(train)
    scores['zscore'] = np.abs(scaler.transform(test)).max(axis=1)
    scores['iqr'] = iqr_scores(train, test, p['iqrk'])
    scores['mahalanobis'] = LedoitWolf().fit(train).mahalanobis(test)
    pca = PCA(n_components=components, svd_solver='full').fit(train)
    scores['pca'] = ((test - pca.inverse_transform(pca.transform(test))) ** 2).mean(axis=1)
    distances, _ = NearestNeighbors(n_neighbors=p['neighbors_knn']).fit(train).kneighbors(test)
    scores['knn'] = distances[:, -1]
    cosine = NearestNeighbors(n_neighbors=p['neighbors_knn'], metric='cosine', algorithm='brute')
    scores['knn_cosine'] = cosine.fit(train).kneighbors(test)[0][:, -1]
    if image_side:
        # k-NN's default on images: cosine distance between pictures blurred with sigma = 1 pixel.
        scores['knn_image'] = cosine.fit(blurred(train, image_side, 1.0)).kneighbors(
            blurred(test, image_side, 1.0))[0][:, -1]
    lof = LocalOutlierFactor(n_neighbors=p['neighbors_lof'], novelty=True).fit(train)
    scores['lof'] = -lof.score_samples(test)
    init = kmeans_plus_plus(train, p['clusters'], np.random.RandomState(3))
    kmeans = KMeans(n_clusters=p['clusters'], init=init, n_init=1, max_iter=1000, tol=0, algorithm='lloyd').fit(train)
    scores['kmeans'] = kmeans.transform(test).min(axis=1)
    forest = IsolationForest(n_estimators=p['trees'], max_samples=min(p['subsample'], len(train)), random_state=0)
    scores['iforest'] = -forest.fit(train).score_samples(test)
    scores['ocsvm'] = -OneClassSVM(kernel='rbf', gamma='scale', nu=p['nu']).fit(train).decision_function(test)
    aurocs = {key: roc_auc_score(labels, s) for key, s in scores.items()}
    # A forest's AUROC varies with its seed (on wine from 0.95 to 0.99): the mean over 20 seeds is
    # what the parity test compares with our mean over 20 seeds.
    aurocs['iforestMean'] = float(np.mean([
        roc_auc_score(labels, -IsolationForest(n_estimators=p['trees'], max_samples=min(p['subsample'], len(train)),
                                              random_state=seed).fit(train).score_samples(test))
        for seed in range(20)]))
    fixture = {
        'name': name,
        'sklearn': sklearn.__version__,
        'params': p,
        'train': train.tolist(),
        'test': test.tolist(),
        'labels': labels.tolist(),
        'kmeansInit': init.tolist(),
        'scores': {key: [float(v) for v in s] for key, s in scores.items()},
        'auroc': aurocs,
    }
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump(fixture, f, separators=(',', ':'))
        f.write('\n')
    print(name, {key: round(v, 4) for key, v in aurocs.items()})


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    reference('synthetic', *synthetic(), components=2)
    wine = load_wine()
    reference('wine', *one_class(wine.data, wine.target, 0, 40, 40), components=3)
    digits = load_digits()
    # Pixel values are small integers, so many distances tie, and which of two equally near rows is
    # a neighbour is an implementation detail that LOF's densities depend on: a seeded jitter of a
    # hundredth of a grey level breaks the ties.
    jittered = digits.data + np.random.RandomState(5).uniform(-0.01, 0.01, digits.data.shape)
    reference('digits', *one_class(jittered, digits.target, 8, 120, 100), components=10, image_side=8)
