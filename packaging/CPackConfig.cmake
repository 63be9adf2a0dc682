# Debian package: cpack -G DEB in the build folder (see ../shared/ENGINEERING-NOTES.md, CPack DEB).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.svg DESTINATION share/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/scenarios DESTINATION share/omega-workbench)

set(CPACK_PACKAGE_NAME "omega-workbench")
set(CPACK_PACKAGE_VENDOR "Omega")
set(CPACK_PACKAGE_CONTACT "Omega Workbench maintainers <workbench@omega.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so shlibdeps cannot see them: sessions need Qt's SQLite driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
