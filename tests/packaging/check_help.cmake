# `kartoteka --help` with no display: exits 0 and lists the window's options
# (their names, not their translated descriptions), in English and, under a
# Ukrainian or Russian LANG, in that language: the descriptions of --db (ours)
# and of --help (Qt's, which Qt's Ukrainian catalogue lacks) differ.
# A scratch XDG_CONFIG_HOME: a language chosen in the program on this PC would win.
# Empty descriptions stay in the lists compared below.
cmake_policy(SET CMP0007 NEW)

function(help lang out)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY
                --unset=QT_QPA_PLATFORM --unset=LANGUAGE --unset=LC_ALL --unset=LC_MESSAGES
                XDG_CONFIG_HOME=${SCRATCH}
                LANG=${lang} ${PROGRAM} --help
        RESULT_VARIABLE failed OUTPUT_VARIABLE text ERROR_VARIABLE errors)
    if(failed)
        message(FATAL_ERROR "kartoteka --help (LANG=${lang}) failed (${failed}): ${errors}")
    endif()
    foreach(option --db --shared --local --screenshot --section --tab --version --help)
        string(FIND "${text}" "${option}" at)
        if(at LESS 0)
            message(FATAL_ERROR "kartoteka --help (LANG=${lang}) does not list ${option}:\n${text}")
        endif()
    endforeach()
    # The description of one of Kartoteka's options and of one of Qt's own.
    string(REGEX MATCH "--db <[^>]*>[ ]+([^\n]*)" line "${text}")
    set(db "${CMAKE_MATCH_1}")
    string(REGEX MATCH "-h, --help[ ]+([^\n]*)" line "${text}")
    set(${out} "${db};${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

help(C.UTF-8 english)
help(uk_UA.UTF-8 ukrainian)
help(ru_RU.UTF-8 russian)
foreach(index 0 1)
    list(GET english ${index} en)
    list(GET ukrainian ${index} uk)
    list(GET russian ${index} ru)
    if(en STREQUAL "" OR en STREQUAL uk OR en STREQUAL ru OR uk STREQUAL ru)
        message(FATAL_ERROR "--help is not translated: '${en}' / '${uk}' / '${ru}'")
    endif()
endforeach()
