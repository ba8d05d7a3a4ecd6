# Scoring candidates and searching hyper-parameters.
target_sources(streamml_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/candidate_evaluator.h ${CMAKE_CURRENT_LIST_DIR}/candidate_evaluator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/model_search.h ${CMAKE_CURRENT_LIST_DIR}/model_search.cpp)
