# Installation layout, deployment and CPack packages:
#   Linux:   cpack -G DEB (./run.sh --package), TGZ
#   Windows: cpack -G NSIS (an installer with a Start menu entry), ZIP
#   macOS:   cpack -G DragNDrop (a .dmg with Kartoteka.app)
# from the build folder after the build.
include(GNUInstallDirs)

# The menu icon in the hicolor sizes, drawn at build time from the one SVG by
# a small Qt tool (Qt's SVG renderer, as the window icon), plus the SVG itself.
find_package(Qt6 REQUIRED COMPONENTS Gui Svg)
qt_add_executable(kartoteka-render-icon ${CMAKE_CURRENT_LIST_DIR}/tools/render_icon.cpp)
target_link_libraries(kartoteka-render-icon PRIVATE Qt6::Gui Qt6::Svg)
set_target_properties(kartoteka-render-icon PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)

set(KARTOTEKA_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(kartoteka_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/kartoteka.svg)
set(kartoteka_icon_pngs)
foreach(size IN LISTS KARTOTEKA_ICON_SIZES)
    set(png ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps/kartoteka.png)
    add_custom_command(
        OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps
        COMMAND kartoteka-render-icon ${kartoteka_icon_svg} ${png} ${size}
        DEPENDS kartoteka-render-icon ${kartoteka_icon_svg}
        COMMENT "Drawing the ${size}x${size} icon"
        VERBATIM)
    list(APPEND kartoteka_icon_pngs ${png})
endforeach()
add_custom_target(kartoteka_icons ALL DEPENDS ${kartoteka_icon_pngs})

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/kartoteka.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/app.kartoteka.Kartoteka.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${kartoteka_icon_svg}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(DIRECTORY ${PROJECT_BINARY_DIR}/icons/hicolor
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
endif()

# Windows and macOS: the Qt libraries and plugins (platform, styles, image
# formats, the SQLite driver) and Qt's own translations go beside the programs
# (windeployqt) or into the bundle (macdeployqt). For the CI workflows in
# .github/workflows; written on Linux, neither has run yet.
if(WIN32)
    # kartoteka-cli sits beside kartoteka.exe and uses a subset of its Qt DLLs.
    qt_generate_deploy_app_script(TARGET kartoteka OUTPUT_SCRIPT kartoteka_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${kartoteka_deploy_script})
elseif(APPLE)
    # kartoteka-cli is installed inside the bundle (app/CMakeLists.txt), so
    # macdeployqt is told about it to rewrite its library paths too (Qt 6.5+).
    qt_generate_deploy_script(TARGET kartoteka OUTPUT_SCRIPT kartoteka_deploy_script CONTENT "
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:kartoteka>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:kartoteka>.app/Contents/MacOS/$<TARGET_FILE_NAME:kartoteka-cli>\")
")
    install(SCRIPT ${kartoteka_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "kartoteka")
set(CPACK_PACKAGE_VENDOR "Kartoteka")
set(CPACK_PACKAGE_CONTACT "Kartoteka developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Kartoteka keeps a small shop's client base, its deal funnel and its sales reports in one SQLite file, on one PC or on a shared network folder, and makes a verified backup of it every day.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://kartoteka.app/")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Kartoteka")
set(CPACK_PACKAGE_EXECUTABLES "kartoteka" "Kartoteka")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_PACKAGE_NAME "Kartoteka")
    set(CPACK_NSIS_DISPLAY_NAME "Kartoteka")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kartoteka.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Kartoteka")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    # Qt, libphonenumber, libsodium, libxlsxwriter, libzip and libical come from dpkg-shlibdeps
    # (needs dpkg-dev and file). What the programs load at run time is named:
    # the SQLite driver, the SVG plugins for the icons, Qt's own translations
    # of its dialogs (qtbase_uk/ru.qm), the icon theme the icons go into and
    # the font with Cyrillic that documents' PDFs embed.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, hicolor-icon-theme, fonts-dejavu-core")
    # xdg-open for the links on a client's card (e-mail, web, phone).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
    set(CPACK_DEBIAN_PACKAGE_SECTION "office")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
endif()
include(CPack)
