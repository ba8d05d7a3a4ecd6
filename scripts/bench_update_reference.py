#!/usr/bin/python3
"""The stages of one StreamML update, done with pandas and scikit-learn on the same data.

Read and sort the CSV, hash it, profile every column, store the raw rows and the profile in SQLite,
measure data quality (missing shares, duplicates, IQR outliers, ranges) and clean, engineer the time
features, search hyper-parameters (logistic regression, decision tree and k-nearest neighbours, the
same number of candidates per family as StreamML's settings, with the same preparation variants and
time-series cross-validation scored by ROC AUC), train the winner and a fallback tree, save both, and
compute permutation importance. Prints the seconds spent after the imports.

  /usr/bin/python3 scripts/bench_update_reference.py DATA.csv WORKDIR
"""
import hashlib
import os
import pickle
import sqlite3
import sys
import time
import warnings

import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.inspection import permutation_importance
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RandomizedSearchCV, TimeSeriesSplit
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler
from sklearn.tree import DecisionTreeClassifier

TIME = "Flight Date"
TARGET = "Effect Amount of damage"
IGNORED = ["Cost Other", "Cost Repair", "Cost Total $"]
CANDIDATES = 6


def profile(frame):
    rows = []
    for name in frame.columns:
        column = frame[name]
        row = {"column": name, "rows": len(column), "missing": int(column.isna().sum()), "distinct": int(column.nunique())}
        if column.dtype.kind in "fi":
            row.update(column.describe().to_dict())
        else:
            row["top"] = str(column.value_counts().head(10).to_dict())
        rows.append(row)
    return pd.DataFrame(rows)


def quality(frame, numeric):
    figures = {"duplicates": float(frame.duplicated().mean())}
    for name in frame.columns:
        figures[name + ":missing"] = float(frame[name].isna().mean())
    for name in numeric:
        q1, q3 = frame[name].quantile([0.25, 0.75])
        iqr = q3 - q1
        figures[name + ":iqr_outliers"] = float(((frame[name] < q1 - 1.5 * iqr) | (frame[name] > q3 + 1.5 * iqr)).mean())
    cleaned = frame.drop_duplicates()
    cleaned = cleaned.assign(**{"Speed IAS in knots": cleaned["Speed IAS in knots"].clip(0, 1500)})
    return figures, cleaned


def preparations(numeric, categorical):
    linear = ColumnTransformer([
        ("numeric", make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler()), numeric),
        ("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                                      OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=0.01, max_categories=21)),
         categorical),
    ])
    tree = ColumnTransformer([
        ("numeric", SimpleImputer(strategy="median"), numeric),
        ("categorical", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                                      OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)), categorical),
    ])
    return {"linear": linear, "tree": tree}


def search(x, y, numeric, categorical):
    spaces = {
        "logistic_regression": (LogisticRegression(max_iter=500), {"model__C": loguniform(0.01, 100)}, ["linear"]),
        "decision_tree": (DecisionTreeClassifier(random_state=0), {"model__max_depth": randint(3, 13), "model__min_samples_leaf": randint(5, 81),
                                                                  "model__ccp_alpha": uniform(0, 0.002)}, ["linear", "tree"]),
        "knn": (KNeighborsClassifier(), {"model__n_neighbors": randint(5, 76), "model__weights": ["uniform", "distance"]}, ["linear"]),
    }
    best = None
    for name, (model, space, variants) in spaces.items():
        for variant in variants:
            pipeline = Pipeline([("prep", preparations(numeric, categorical)[variant]), ("model", model)])
            found = RandomizedSearchCV(pipeline, space, n_iter=CANDIDATES, scoring="roc_auc", cv=TimeSeriesSplit(3),
                                       random_state=42, n_jobs=2).fit(x, y)
            if best is None or found.best_score_ > best.best_score_:
                best = found
    return best


def main(path, workdir):
    os.makedirs(workdir, exist_ok=True)
    start = time.perf_counter()
    frame = pd.read_csv(path, keep_default_na=False, na_values=["", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"])
    frame[TIME] = pd.to_datetime(frame[TIME])
    frame = frame.sort_values(TIME, kind="stable").reset_index(drop=True)
    digest = hashlib.sha256(frame.to_csv(index=False).encode()).hexdigest()
    meta = profile(frame)
    with sqlite3.connect(os.path.join(workdir, "reference.sqlite")) as db:
        frame.to_sql("raw_rows", db, if_exists="replace", index=False)
        meta.astype(str).to_sql("batch_meta", db, if_exists="replace", index=False)
        db.execute("CREATE TABLE IF NOT EXISTS batches (sha256 TEXT)")
        db.execute("INSERT INTO batches VALUES (?)", (digest,))
    features = [c for c in frame.columns if c not in IGNORED + [TARGET, TIME]]
    numeric = [c for c in features if frame[c].dtype.kind in "fi"]
    _, cleaned = quality(frame, numeric)
    cleaned = cleaned.assign(year=cleaned[TIME].dt.year, month=cleaned[TIME].dt.month,
                             weekday=cleaned[TIME].dt.dayofweek + 1, is_weekend=(cleaned[TIME].dt.dayofweek >= 5).astype(float))
    features += ["year", "month", "weekday", "is_weekend"]
    numeric = [c for c in features if cleaned[c].dtype.kind in "fi"]
    categorical = [c for c in features if c not in numeric]
    x = cleaned[features]
    y = (cleaned[TARGET] != "None").astype(int)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        best = search(x, y, numeric, categorical)
        fallback = Pipeline([("prep", preparations(numeric, categorical)["tree"]),
                             ("model", DecisionTreeClassifier(random_state=0, min_samples_leaf=20))]).fit(x, y)
        sample = x.iloc[np.linspace(0, len(x) - 1, 600).astype(int)]
        permutation_importance(best.best_estimator_, sample, y.loc[sample.index], scoring="roc_auc", n_repeats=3, random_state=42)
    for name, model in (("champion", best.best_estimator_), ("fallback", fallback)):
        with open(os.path.join(workdir, name + ".pkl"), "wb") as f:
            pickle.dump(model, f)
    print("{:.3f}".format(time.perf_counter() - start))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
