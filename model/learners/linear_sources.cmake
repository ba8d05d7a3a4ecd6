# Linear models: logistic, ridge, SGD, Huber.
