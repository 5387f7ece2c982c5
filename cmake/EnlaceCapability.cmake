# The build reads as the architecture: the kernel's parts, then one folder per capability, each
# split into parts that are libraries of their own, so that the layer rule holds by construction:
#
#   <capability>/domain/    enlace_<capability>_domain   entities, rules, services, repository
#                                                        interfaces; links the kernel's domain and
#                                                        the domain parts of the capabilities it USES
#   <capability>/storage/   enlace_<capability>_storage  its repositories over SOCI (kernel storage)
#   <capability>/http/      enlace_<capability>_http     its routes and OpenAPI schemas (kernel http)
#   <capability>/<other>/   enlace_<capability>_<other>  a part with its own libraries (PART …)
#   <capability>/*.cpp      enlace_<capability>          the manifest (capability.cpp) and demo data
#   <capability>/migrations/*.sql, texts/*.json          compiled into the manifest library
#   <capability>/testing/   enlace_<capability>_testing  fixtures for its tests and those of others
#
# Every *_test.cpp below the folder goes into one test binary, enlace_<capability>_tests; those in
# <capability>/tests/ (HTTP tests, access-matrix rows and fixtures) into the integration suite.
# cmake/check_layers.py (run by every build) checks the includes against the same rule.
set(ENLACE_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wno-missing-field-initializers)
set_property(GLOBAL PROPERTY ENLACE_CAPABILITY_LIBRARIES "")

# Sources of one folder (not below it), without tests, fuzzers and programs.
function(enlace_sources out dir)
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  list(FILTER sources EXCLUDE REGEX "(_test|_fuzz|/main)\\.cpp$")
  set(${out} ${sources} PARENT_SCOPE)
endfunction()

# enlace_library(<target> <folder> DEPENDS <targets…>)
function(enlace_library target dir)
  cmake_parse_arguments(L "" "" "DEPENDS" ${ARGN})
  enlace_sources(sources ${dir})
  if(sources)
    add_library(${target} STATIC ${sources})
    set(visibility PUBLIC)
  else()
    add_library(${target} INTERFACE)
    set(visibility INTERFACE)
  endif()
  target_include_directories(${target} ${visibility} ${PROJECT_SOURCE_DIR}/backend/src)
  target_link_libraries(${target} ${visibility} ${L_DEPENDS})
  if(sources)
    target_compile_options(${target} PRIVATE ${ENLACE_WARNINGS})
  endif()
endfunction()

# enlace_tests(<name> <folder> DEPENDS <targets…>): one binary from every *_test.cpp below <folder>.
function(enlace_tests name dir)
  cmake_parse_arguments(T "" "" "DEPENDS" ${ARGN})
  if(NOT ENLACE_TESTS)
    return()
  endif()
  file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${dir}/*_test.cpp)
  # <capability>/tests/ holds its HTTP tests, built into the integration suite instead.
  list(FILTER tests EXCLUDE REGEX "/tests/")
  if(NOT tests)
    return()
  endif()
  add_executable(enlace_${name}_tests ${tests})
  target_link_libraries(enlace_${name}_tests PRIVATE ${T_DEPENDS} enlace_unit_test_support GTest::gtest GTest::gmock
                                                     GTest::gtest_main)
  target_compile_options(enlace_${name}_tests PRIVATE ${ENLACE_WARNINGS})
  target_compile_definitions(enlace_${name}_tests PRIVATE ENLACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND enlace_${name}_tests --gtest_output=xml:${CMAKE_BINARY_DIR}/test-results/${name}.xml)
  set_tests_properties(${name} PROPERTIES LABELS unit)
endfunction()

# enlace_capability(<name> [USES <capabilities…>] [PART <part> DEPENDS <targets…>]…
#                   [HTTP_DEPENDS <targets…>] [TEST_DEPENDS <targets…>])
function(enlace_capability name)
  set(dir ${CMAKE_CURRENT_SOURCE_DIR})
  # PART arguments repeat; collect them by hand.
  set(uses)
  set(http_depends)
  set(test_depends)
  set(parts)
  set(mode "")
  set(current "")
  foreach(arg ${ARGN})
    if(arg STREQUAL "USES" OR arg STREQUAL "HTTP_DEPENDS" OR arg STREQUAL "TEST_DEPENDS" OR arg STREQUAL "PART")
      set(mode ${arg})
    elseif(mode STREQUAL "USES")
      list(APPEND uses ${arg})
    elseif(mode STREQUAL "HTTP_DEPENDS")
      list(APPEND http_depends ${arg})
    elseif(mode STREQUAL "TEST_DEPENDS")
      list(APPEND test_depends ${arg})
    elseif(mode STREQUAL "PART")
      set(current ${arg})
      list(APPEND parts ${arg})
      set(part_${arg}_depends)
      set(mode "PART_DEPENDS_OR_NAME")
    elseif(mode STREQUAL "PART_DEPENDS_OR_NAME" AND arg STREQUAL "DEPENDS")
      set(mode "PART_DEPENDS")
    elseif(mode STREQUAL "PART_DEPENDS")
      list(APPEND part_${current}_depends ${arg})
    endif()
  endforeach()

  set(domain_depends enlace_kernel_domain)
  foreach(use ${uses})
    list(APPEND domain_depends enlace_${use}_domain)
  endforeach()
  enlace_library(enlace_${name}_domain ${dir}/domain DEPENDS ${domain_depends})
  set(all_parts enlace_${name}_domain)
  foreach(part ${parts})
    enlace_library(enlace_${name}_${part} ${dir}/${part} DEPENDS enlace_${name}_domain ${part_${part}_depends})
    list(APPEND all_parts enlace_${name}_${part})
  endforeach()
  if(EXISTS ${dir}/storage)
    enlace_library(enlace_${name}_storage ${dir}/storage DEPENDS enlace_${name}_domain enlace_kernel_storage)
    list(APPEND all_parts enlace_${name}_storage)
  endif()
  if(EXISTS ${dir}/http)
    enlace_library(enlace_${name}_http ${dir}/http DEPENDS enlace_${name}_domain enlace_kernel_http ${http_depends})
    list(APPEND all_parts enlace_${name}_http)
  endif()
  enlace_library(enlace_${name} ${dir} DEPENDS ${all_parts} enlace_kernel_capability)
  enlace_embed(TARGET enlace_${name} NAME ${name} ROOT ${dir} PATTERNS migrations/*.sql texts/*.json)
  # testing/: fixtures its tests share with the tests of capabilities that use it.
  if(ENLACE_TESTS AND EXISTS ${dir}/testing)
    enlace_library(enlace_${name}_testing ${dir}/testing DEPENDS enlace_${name} ${test_depends} enlace_unit_test_support
                   GTest::gtest)
    target_compile_definitions(enlace_${name}_testing PUBLIC ENLACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    list(APPEND test_depends enlace_${name}_testing)
  endif()
  enlace_tests(${name} ${dir} DEPENDS enlace_${name} ${test_depends})
  set_property(GLOBAL APPEND PROPERTY ENLACE_CAPABILITY_LIBRARIES enlace_${name})
endfunction()
