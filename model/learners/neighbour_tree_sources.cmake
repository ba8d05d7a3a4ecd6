# k-nearest neighbours, CART decision tree, Hoeffding tree.
