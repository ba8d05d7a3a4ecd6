# Linear models: logistic, ridge, SGD, Huber.
target_sources(streamml_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/design_matrix.h ${CMAKE_CURRENT_LIST_DIR}/design_matrix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/huber_objective.h ${CMAKE_CURRENT_LIST_DIR}/huber_objective.cpp
    ${CMAKE_CURRENT_LIST_DIR}/huber_regression.h ${CMAKE_CURRENT_LIST_DIR}/huber_regression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/huber_regression_params.h ${CMAKE_CURRENT_LIST_DIR}/huber_regression_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/input_checks.h ${CMAKE_CURRENT_LIST_DIR}/input_checks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_matrix.h ${CMAKE_CURRENT_LIST_DIR}/json_matrix.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lbfgs.h ${CMAKE_CURRENT_LIST_DIR}/lbfgs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/line_search.h ${CMAKE_CURRENT_LIST_DIR}/line_search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linear_scores.h ${CMAKE_CURRENT_LIST_DIR}/linear_scores.cpp
    ${CMAKE_CURRENT_LIST_DIR}/log_loss.h
    ${CMAKE_CURRENT_LIST_DIR}/logistic_objective.h ${CMAKE_CURRENT_LIST_DIR}/logistic_objective.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logistic_regression.h ${CMAKE_CURRENT_LIST_DIR}/logistic_regression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logistic_regression_params.h ${CMAKE_CURRENT_LIST_DIR}/logistic_regression_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modified_huber_loss.h
    ${CMAKE_CURRENT_LIST_DIR}/newton_solver.h ${CMAKE_CURRENT_LIST_DIR}/newton_solver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/objective.h
    ${CMAKE_CURRENT_LIST_DIR}/quadratic_penalty.h ${CMAKE_CURRENT_LIST_DIR}/quadratic_penalty.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ridge_regression.h ${CMAKE_CURRENT_LIST_DIR}/ridge_regression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ridge_regression_params.h ${CMAKE_CURRENT_LIST_DIR}/ridge_regression_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sgd_linear.h ${CMAKE_CURRENT_LIST_DIR}/sgd_linear.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sgd_linear_params.h ${CMAKE_CURRENT_LIST_DIR}/sgd_linear_params.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sgd_loss.h ${CMAKE_CURRENT_LIST_DIR}/sgd_loss.cpp
    ${CMAKE_CURRENT_LIST_DIR}/solver_result.h
    ${CMAKE_CURRENT_LIST_DIR}/squared_loss.h)
