# enlace_layer(NAME <name> DIR <dir> DEPENDS <targets...>)
#
# One layer = one static library `enlace_<name>` built from the layer's sources, and one test
# binary `enlace_<name>_tests` built from the `*_test.cpp` files that sit beside them. Sources are
# globbed so that adding a file to a layer never touches the build files of another. Files ending in
# `_fuzz.cpp` are libFuzzer entry points and are built by the fuzz targets only.
set(ENLACE_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wno-missing-field-initializers)

function(enlace_layer)
  cmake_parse_arguments(L "" "NAME;DIR" "DEPENDS;TEST_DEPENDS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${L_DIR}/*.cpp)
  file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${L_DIR}/*_test.cpp)
  file(GLOB_RECURSE fuzzers CONFIGURE_DEPENDS ${L_DIR}/*_fuzz.cpp)
  list(REMOVE_ITEM sources ${tests} ${fuzzers} ${L_DIR}/main.cpp)
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
