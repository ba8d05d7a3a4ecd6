# Tests of kNN, CART and the Hoeffding tree.
streamml_add_test(test_decision_tree LABELS unit SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/test_decision_tree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tree_knn_fixtures.h ${CMAKE_CURRENT_LIST_DIR}/tree_knn_fixtures.cpp)
streamml_add_test(test_knn LABELS unit SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/test_knn.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tree_knn_fixtures.h ${CMAKE_CURRENT_LIST_DIR}/tree_knn_fixtures.cpp)
streamml_add_test(test_hoeffding_tree LABELS unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_hoeffding_tree.cpp)
