# Writes OUTPUT: a C++ file defining enlace::EmbeddedMigrations() from the .sql files in DIRECTORY.
# A file is named NNNN_name.sql (both databases), NNNN_name.sqlite.sql or NNNN_name.postgresql.sql.
file(GLOB FILES ${DIRECTORY}/*.sql)
list(SORT FILES)
set(body "")
foreach(file IN LISTS FILES)
  get_filename_component(name ${file} NAME)
  file(READ ${file} sql)
  string(APPEND body "    {\"${name}\", R\"enlace_sql(${sql})enlace_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from backend/src/kernel/storage/migrations by embed_migrations.cmake. Do not edit.
#include \"kernel/storage/migrations.hpp\"

namespace enlace::storage {

const std::vector<MigrationFile>& EmbeddedMigrations() {
  static const std::vector<MigrationFile> files = {
${body}  };
  return files;
}

}  // namespace enlace::storage
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
