# k-nearest neighbours, CART decision tree, Hoeffding tree.
target_sources(streamml_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/target_statistics.h ${CMAKE_CURRENT_LIST_DIR}/target_statistics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/split_criterion.h ${CMAKE_CURRENT_LIST_DIR}/split_criterion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gini_criterion.h ${CMAKE_CURRENT_LIST_DIR}/gini_criterion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/entropy_criterion.h ${CMAKE_CURRENT_LIST_DIR}/entropy_criterion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/squared_error_criterion.h ${CMAKE_CURRENT_LIST_DIR}/squared_error_criterion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/split_criterion_registry.h ${CMAKE_CURRENT_LIST_DIR}/split_criterion_registry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tree_node.h
    ${CMAKE_CURRENT_LIST_DIR}/splitter_random.h ${CMAKE_CURRENT_LIST_DIR}/splitter_random.cpp
    ${CMAKE_CURRENT_LIST_DIR}/value_order.h ${CMAKE_CURRENT_LIST_DIR}/value_order.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cart_builder.h ${CMAKE_CURRENT_LIST_DIR}/cart_builder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leaf_router.h ${CMAKE_CURRENT_LIST_DIR}/leaf_router.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cost_complexity_pruner.h ${CMAKE_CURRENT_LIST_DIR}/cost_complexity_pruner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decision_tree_params.h ${CMAKE_CURRENT_LIST_DIR}/decision_tree_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/decision_tree.h ${CMAKE_CURRENT_LIST_DIR}/decision_tree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/distance_metric.h
    ${CMAKE_CURRENT_LIST_DIR}/point_set.h ${CMAKE_CURRENT_LIST_DIR}/point_set.cpp
    ${CMAKE_CURRENT_LIST_DIR}/point_metric.h
    ${CMAKE_CURRENT_LIST_DIR}/neighbour_heap.h ${CMAKE_CURRENT_LIST_DIR}/neighbour_heap.cpp
    ${CMAKE_CURRENT_LIST_DIR}/euclidean_scan.h ${CMAKE_CURRENT_LIST_DIR}/euclidean_scan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/neighbour_index.h ${CMAKE_CURRENT_LIST_DIR}/neighbour_index.cpp
    ${CMAKE_CURRENT_LIST_DIR}/neighbour.h
    ${CMAKE_CURRENT_LIST_DIR}/knn_params.h ${CMAKE_CURRENT_LIST_DIR}/knn_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/k_nearest_neighbours.h ${CMAKE_CURRENT_LIST_DIR}/k_nearest_neighbours.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gaussian_estimator.h ${CMAKE_CURRENT_LIST_DIR}/gaussian_estimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gaussian_attribute_observer.h ${CMAKE_CURRENT_LIST_DIR}/gaussian_attribute_observer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/split_suggestion.h
    ${CMAKE_CURRENT_LIST_DIR}/hoeffding_leaf.h ${CMAKE_CURRENT_LIST_DIR}/hoeffding_leaf.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hoeffding_tree_params.h ${CMAKE_CURRENT_LIST_DIR}/hoeffding_tree_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hoeffding_tree.h ${CMAKE_CURRENT_LIST_DIR}/hoeffding_tree.cpp)
