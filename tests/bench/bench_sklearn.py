#!/usr/bin/python3
"""Times scikit-learn's counterparts of StreamML's learners on the design matrices bench_learners wrote.

    /usr/bin/python3 tests/bench/bench_sklearn.py DIR [REPEATS]
DIR holds cases.tsv (design, task, family) and <design>_{x_fit,y_fit,x_predict}.npy. Prints one line per
case with a counterpart: design, family, fit milliseconds, predict milliseconds (medians). The
hyper-parameters are those of tests/bench/bench_learners.cpp and of the parity test; as there, kNN
predicts the first 2,000 rows of the predict set only.
"""
import os
import sys
import time

import numpy as np
from sklearn.base import clone
from sklearn.linear_model import (HuberRegressor, LogisticRegression, Ridge, SGDClassifier,
                                  SGDRegressor)
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

TREE = {"max_depth": 10, "min_samples_leaf": 5, "random_state": 0}
PREDICT_RUNS = 10
PREDICT_BUDGET_MS = 300.0
COUNTERPARTS = {
    ("classification", "logistic_regression"): LogisticRegression(C=1.0, max_iter=10000),
    ("classification", "sgd_linear"): SGDClassifier(loss="log_loss", alpha=1e-4, random_state=0),
    ("classification", "knn"): KNeighborsClassifier(n_neighbors=5),
    ("classification", "decision_tree"): DecisionTreeClassifier(**TREE),
    ("regression", "ridge_regression"): Ridge(alpha=1.0),
    ("regression", "huber_regression"): HuberRegressor(epsilon=1.35, alpha=1e-4, max_iter=10000),
    ("regression", "sgd_linear"): SGDRegressor(alpha=1e-4, random_state=0),
    ("regression", "knn"): KNeighborsRegressor(n_neighbors=5),
    ("regression", "decision_tree"): DecisionTreeRegressor(**TREE),
}


def timed(model, x_fit, y_fit, x_predict, repeats):
    """As bench_learners: fit a fresh model each time; predict with the last one after an untimed run,
    `repeats` times or more, until PREDICT_RUNS runs or PREDICT_BUDGET_MS."""
    fit, predict = [], []
    for _ in range(repeats):
        fresh = clone(model)
        start = time.perf_counter()
        fresh.fit(x_fit, y_fit)
        fit.append((time.perf_counter() - start) * 1000)
    fresh.predict(x_predict)
    while len(predict) < repeats or (len(predict) < PREDICT_RUNS and sum(predict) < PREDICT_BUDGET_MS):
        start = time.perf_counter()
        fresh.predict(x_predict)
        predict.append((time.perf_counter() - start) * 1000)
    return float(np.median(fit)), float(np.median(predict))


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    load = lambda design, part: np.load(os.path.join(folder, f"{design}_{part}.npy"))
    with open(os.path.join(folder, "cases.tsv")) as cases:
        for line in cases:
            design, task, family = line.rstrip("\n").split("\t")
            model = COUNTERPARTS.get((task, family))
            if model is None:
                continue
            y = load(design, "y_fit").ravel()
            if task == "classification":
                y = y.astype(int)
            # C-ordered copies, as a scikit-learn user's arrays usually are.
            x_fit = np.ascontiguousarray(load(design, "x_fit"))
            x_predict = np.ascontiguousarray(load(design, "x_predict"))
            if family == "knn":
                x_predict = x_predict[:2000]
            fit_ms, predict_ms = timed(model, x_fit, y, x_predict, repeats)
            print(f"{design}\t{family}\t{fit_ms:.2f}\t{predict_ms:.2f}", flush=True)


if __name__ == "__main__":
    main()
