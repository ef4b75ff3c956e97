# Installs the build into a scratch root and checks what a desktop needs.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE failed OUTPUT_QUIET)
if(failed)
    message(FATAL_ERROR "cmake --install failed: ${failed}")
endif()
set(expected
    bin/kartoteka
    bin/kartoteka-cli
    share/applications/kartoteka.desktop
    share/metainfo/app.kartoteka.Kartoteka.metainfo.xml
    share/icons/hicolor/scalable/apps/kartoteka.svg)
foreach(size IN LISTS SIZES)
    list(APPEND expected share/icons/hicolor/${size}x${size}/apps/kartoteka.png)
endforeach()
foreach(file IN LISTS expected)
    if(NOT EXISTS ${PREFIX}/${file})
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# The menu entry starts the installed program with the installed icon's name.
file(STRINGS ${PREFIX}/share/applications/kartoteka.desktop exec REGEX "^Exec=")
file(STRINGS ${PREFIX}/share/applications/kartoteka.desktop icon REGEX "^Icon=")
if(NOT exec STREQUAL "Exec=kartoteka" OR NOT icon STREQUAL "Icon=kartoteka")
    message(FATAL_ERROR "the menu entry runs '${exec}' with '${icon}'")
endif()
file(REMOVE_RECURSE ${PREFIX})
