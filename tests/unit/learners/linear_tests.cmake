# Tests of the linear models.
add_library(streamml_linear_test_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/linear_test_support.h ${CMAKE_CURRENT_LIST_DIR}/linear_test_support.cpp)
target_link_libraries(streamml_linear_test_support PUBLIC streamml_prep_linear_fixtures)

streamml_add_test(test_logistic_regression LABELS unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_logistic_regression.cpp LIBRARIES streamml_linear_test_support)
streamml_add_test(test_ridge_regression LABELS unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_ridge_regression.cpp LIBRARIES streamml_linear_test_support)
streamml_add_test(test_sgd_linear LABELS unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_sgd_linear.cpp LIBRARIES streamml_linear_test_support)
streamml_add_test(test_huber_regression LABELS unit
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_huber_regression.cpp LIBRARIES streamml_linear_test_support)
