# ctest translations_complete: rescans the sources into a scratch copy of each
# .ts file and fails when a message there has no finished translation, so a
# string added (or changed) without its Ukrainian and Russian (and an English
# %n message without its two forms) fails the tests.
# Run: cmake -DLUPDATE=... -DSOURCES=list-file -DSOURCE_DIR=... -DOUT=dir -P this
file(MAKE_DIRECTORY ${OUT})
set(problems 0)
foreach(language uk ru en)
    set(ts ${OUT}/kartoteka_${language}.ts)
    set(only "")
    if(language STREQUAL "en")
        set(only -pluralonly) # English needs only the forms of its %n messages
    endif()
    file(COPY_FILE ${SOURCE_DIR}/resources/translations/kartoteka_${language}.ts ${ts})
    execute_process(
        COMMAND ${LUPDATE} -silent -locations none -no-ui-lines -no-obsolete ${only}
                -I ${SOURCE_DIR}/core -I ${SOURCE_DIR}/ui @${SOURCES} -ts ${ts}
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "lupdate failed on ${ts}")
    endif()
    file(STRINGS ${ts} lines ENCODING UTF-8)
    set(context "")
    set(source "")
    set(count 0)
    foreach(line IN LISTS lines)
        if(line MATCHES "<name>(.*)</name>")
            set(context "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "type=\"unfinished\"|<translation></translation>|<numerusform></numerusform>")
            math(EXPR count "${count} + 1")
            if(count LESS_EQUAL 40)
                string(REPLACE "</source>" "" source "${source}")
                message("  ${language}: ${context}: ${source}")
            endif()
        endif()
    endforeach()
    if(count GREATER 0)
        message("kartoteka_${language}.ts: ${count} strings without a finished translation.")
        math(EXPR problems "${problems} + ${count}")
    endif()
endforeach()
if(problems GREATER 0)
    message(FATAL_ERROR
        "Translate them: cmake --build --preset dev --target update_translations, then open "
        "resources/translations/kartoteka_uk.ts and kartoteka_ru.ts in Qt Linguist (linguist).")
endif()
message("Every string is translated into Ukrainian and Russian.")
