# Every third-party library, found once, exposed as a target. All come from Debian packages
# (scripts/install-deps.sh installs them). Debian ships no CMake or pkg-config file for SOCI, so
# it is found by hand.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(fmt REQUIRED)            # before restinio: its config does not find fmt itself
find_package(restinio REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
find_package(GTest REQUIRED)

pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET libical)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)

find_library(SOCI_CORE soci_core REQUIRED)
find_library(SOCI_SQLITE3 soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL soci_postgresql REQUIRED)
add_library(dep_soci INTERFACE)
target_include_directories(dep_soci SYSTEM INTERFACE /usr/include/soci /usr/include/postgresql)
target_link_libraries(dep_soci INTERFACE ${SOCI_SQLITE3} ${SOCI_POSTGRESQL} ${SOCI_CORE}
                      PkgConfig::SQLITE3 PkgConfig::LIBPQ ${CMAKE_DL_LIBS})

find_library(STEMMER stemmer REQUIRED)
add_library(dep_stemmer INTERFACE)
target_link_libraries(dep_stemmer INTERFACE ${STEMMER})

# valijson (header-only, over nlohmann): the tests validate every exchange against the OpenAPI document.
find_path(VALIJSON_INCLUDE_DIR valijson/validator.hpp REQUIRED)
add_library(dep_valijson INTERFACE)
target_include_directories(dep_valijson SYSTEM INTERFACE ${VALIJSON_INCLUDE_DIR})
