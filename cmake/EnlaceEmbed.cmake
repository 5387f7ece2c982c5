# enlace_embed(TARGET <target> NAME <identifier> ROOT <folder> PATTERNS <globs relative to ROOT...>)
#
# Compiles the files matching PATTERNS into TARGET, as `enlace::embedded::<NAME>()` returning
# EmbeddedFiles (kernel/domain/embedded.hpp) with names relative to ROOT ("migrations/0001_x.sql").
# Declare the function where it is used:  namespace enlace::embedded { EmbeddedFiles <NAME>(); }
function(enlace_embed)
  cmake_parse_arguments(E "" "TARGET;NAME;ROOT" "PATTERNS" ${ARGN})
  set(files)
  foreach(pattern ${E_PATTERNS})
    file(GLOB matched CONFIGURE_DEPENDS ${E_ROOT}/${pattern})
    list(APPEND files ${matched})
  endforeach()
  list(SORT files)
  set(relative)
  foreach(file ${files})
    file(RELATIVE_PATH name ${E_ROOT} ${file})
    list(APPEND relative ${name})
  endforeach()
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded_${E_NAME}.cpp)
  string(REPLACE ";" "|" relative_arg "${relative}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAME=${E_NAME} -DROOT=${E_ROOT} "-DFILES=${relative_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EnlaceEmbedScript.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/EnlaceEmbedScript.cmake
    COMMENT "Embedding ${E_NAME}: ${relative}"
    VERBATIM)
  target_sources(${E_TARGET} PRIVATE ${output})
endfunction()
