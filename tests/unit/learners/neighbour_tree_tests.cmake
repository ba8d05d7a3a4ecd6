# Tests of kNN, CART and the Hoeffding tree.
