#!/usr/bin/python3
"""Prequential ROC AUC of StreamML's champion against scikit-learn under the same protocol.

The shipped dataset is replayed by year; each year is scored before anything learns from it, by a
model that has seen every earlier year. scikit-learn retrains logistic regression, a decision tree
and k-nearest neighbours from scratch on all earlier years (median imputation with missing
indicators, one-hot encoding, standard scaling; the same features StreamML uses, including the
month, weekday, weekend and year of the flight). StreamML's figures come from the summary.json of a
workspace that streamed the same data with the shipped settings.

  /usr/bin/python3 scripts/compare_prequential.py WORKSPACE/reports/summary.json
"""
import json
import sys
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

DATASET = "resources/data/birdstrikes.csv"
TARGET = "Effect Amount of damage"
IGNORED = ["Cost Other", "Cost Repair", "Cost Total $"]


def load():
    frame = pd.read_csv(DATASET, keep_default_na=False, na_values=[""])
    time = pd.to_datetime(frame["Flight Date"])
    frame["year"] = time.dt.year
    frame["month"] = time.dt.month
    frame["weekday"] = time.dt.dayofweek + 1
    frame["is_weekend"] = (time.dt.dayofweek >= 5).astype(float)
    frame["damaged"] = (frame[TARGET] != "None").astype(int)
    return frame.sort_values("Flight Date", kind="stable")


def models(numeric, categorical):
    def prepared(estimator):
        prep = ColumnTransformer([
            ("numeric", make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler()), numeric),
            ("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                                          OneHotEncoder(handle_unknown="ignore")), categorical),
        ])
        return make_pipeline(prep, estimator)
    return {
        "logistic_regression": prepared(LogisticRegression(max_iter=2000)),
        "decision_tree": prepared(DecisionTreeClassifier(min_samples_leaf=20, random_state=0)),
        "knn": prepared(KNeighborsClassifier(n_neighbors=25)),
    }


def main(summary_path):
    frame = load()
    features = [c for c in frame.columns if c not in IGNORED + [TARGET, "Flight Date", "damaged"]]
    numeric = [c for c in features if frame[c].dtype.kind in "fi"]
    categorical = [c for c in features if c not in numeric]
    years = sorted(frame["year"].unique())
    with open(summary_path) as f:
        summary = json.load(f)
    ours = {}
    for batch in summary["batches"]:
        auc = batch.get("prequential", {}).get("roc_auc")
        if auc is not None:
            ours[int(batch["time_from"][:4])] = auc
    rows = []
    for year in years[1:]:
        train = frame[frame["year"] < year]
        test = frame[frame["year"] == year]
        row = {"year": year, "streamml": ours.get(year, np.nan)}
        for name, model in models(numeric, categorical).items():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.fit(train[features], train["damaged"])
                row[name] = roc_auc_score(test["damaged"], model.predict_proba(test[features])[:, 1])
        rows.append(row)
    table = pd.DataFrame(rows).set_index("year")
    pd.set_option("display.float_format", "{:.4f}".format)
    print(table)
    means = table.mean()
    print("\nmean prequential ROC AUC over years 2..{}:".format(len(years)))
    print(means.to_string())
    best = max(means[c] for c in ("logistic_regression", "decision_tree", "knn"))
    verdict = "at least" if means["streamml"] >= best else "below"
    print("\nStreamML's champion is {} the best scikit-learn model ({:.4f} vs {:.4f}).".format(verdict, means["streamml"], best))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "workspace/reports/summary.json")
