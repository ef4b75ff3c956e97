# Ukrainian and Russian translations (English is the source language).
# lupdate scans every library and program, core included: core's errors and
# report headers reach the person too. The compiled .qm files are embedded in
# kartoteka_core under :/i18n, so both programs carry them.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

file(GLOB_RECURSE kartoteka_translatable CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
set(kartoteka_ts_files
    ${PROJECT_SOURCE_DIR}/resources/translations/kartoteka_uk.ts
    ${PROJECT_SOURCE_DIR}/resources/translations/kartoteka_ru.ts)

# `cmake --build --preset dev --target update_translations` refreshes the .ts
# files from the sources; Qt Linguist (linguist-qt6) fills them in.
qt_add_translations(kartoteka_core
    TS_FILES ${kartoteka_ts_files}
    SOURCES ${kartoteka_translatable}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
    LUPDATE_OPTIONS -locations none -no-ui-lines -no-obsolete
    RESOURCE_PREFIX /i18n)

# English needs only its plural forms ("1 client", "2 clients" from "%n client(s)"):
# a -pluralonly catalogue, refreshed and compiled beside the other two.
set(kartoteka_plurals_ts ${PROJECT_SOURCE_DIR}/resources/translations/kartoteka_en.ts)
add_custom_target(kartoteka_plurals)
qt_add_lupdate(kartoteka_plurals
    TS_FILES ${kartoteka_plurals_ts}
    SOURCES ${kartoteka_translatable}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/ui
    OPTIONS -locations none -no-ui-lines -no-obsolete -pluralonly)
qt_add_lrelease(kartoteka_plurals TS_FILES ${kartoteka_plurals_ts} QM_FILES_OUTPUT_VARIABLE kartoteka_plurals_qm)
qt_add_resources(kartoteka_core kartoteka_plurals_resource
    PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${kartoteka_plurals_qm})
add_dependencies(kartoteka_core kartoteka_plurals_lrelease)

# For the completeness test: the same scan into a scratch copy, so a string
# added without its translation shows up as unfinished there.
string(REPLACE ";" "\n" kartoteka_translatable_lines "${kartoteka_translatable}")
file(WRITE ${PROJECT_BINARY_DIR}/translatable-sources.lst "${kartoteka_translatable_lines}\n")
get_target_property(KARTOTEKA_LUPDATE Qt6::lupdate IMPORTED_LOCATION)
