# enlace_layer(NAME <name> DIRS <dirs...> DEPENDS <targets...>)
#
# Interim while the code moves into capability folders: one static library `enlace_<name>` built
# from the sources of several folders, and one test binary `enlace_<name>_tests` from the
# `*_test.cpp` files beside them. Files ending in `_fuzz.cpp` are libFuzzer entry points.
set(ENLACE_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wno-missing-field-initializers)

function(enlace_layer)
  cmake_parse_arguments(L "" "NAME" "DIRS;DEPENDS;TEST_DEPENDS" ${ARGN})
  set(sources)
  set(tests)
  foreach(dir ${L_DIRS})
    file(GLOB dir_sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/backend/src/${dir}/*.cpp)
    list(APPEND sources ${dir_sources})
  endforeach()
  list(FILTER sources EXCLUDE REGEX "_fuzz\\.cpp$|/main\\.cpp$")
  set(tests ${sources})
  list(FILTER tests INCLUDE REGEX "_test\\.cpp$")
  list(FILTER sources EXCLUDE REGEX "_test\\.cpp$")
  add_library(enlace_${L_NAME} STATIC ${sources})
  target_include_directories(enlace_${L_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/backend/src)
  target_link_libraries(enlace_${L_NAME} PUBLIC ${L_DEPENDS})
  target_compile_options(enlace_${L_NAME} PRIVATE ${ENLACE_WARNINGS})
  if(ENLACE_TESTS AND tests)
    add_executable(enlace_${L_NAME}_tests ${tests})
    target_link_libraries(enlace_${L_NAME}_tests PRIVATE enlace_${L_NAME} ${L_TEST_DEPENDS}
                          GTest::gtest GTest::gmock GTest::gtest_main)
    target_compile_options(enlace_${L_NAME}_tests PRIVATE ${ENLACE_WARNINGS})
    target_compile_definitions(enlace_${L_NAME}_tests PRIVATE
                               ENLACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${L_NAME} COMMAND enlace_${L_NAME}_tests
             --gtest_output=xml:${CMAKE_BINARY_DIR}/test-results/${L_NAME}.xml)
  endif()
endfunction()
