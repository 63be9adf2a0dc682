# Debian package: cpack -G DEB in the build folder (see ../shared/ENGINEERING-NOTES.md, CPack DEB).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.svg DESTINATION share/icons/hicolor/scalable/apps)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/scenarios DESTINATION share/omega-workbench)

# Manual pages (packaging/man, generated from --help by make-man-pages.sh), compressed as Debian
# wants them; and the copyright file every Debian package carries.
set(OMEGA_MAN_PAGES "")
foreach(page man/omega-workbench.1 man/omega-headless.1 man/omega-fleet-sim.1 changelog)
  set(gz ${PROJECT_BINARY_DIR}/packaging/${page}.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging/man
    COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/packaging/${page} > ${gz}
    DEPENDS ${PROJECT_SOURCE_DIR}/packaging/${page} VERBATIM)
  list(APPEND OMEGA_MAN_PAGES ${gz})
endforeach()
list(POP_BACK OMEGA_MAN_PAGES OMEGA_CHANGELOG)
add_custom_target(omega_man_pages ALL DEPENDS ${OMEGA_MAN_PAGES} ${OMEGA_CHANGELOG})
install(FILES ${OMEGA_MAN_PAGES} DESTINATION share/man/man1)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION share/doc/omega-workbench)
install(FILES ${OMEGA_CHANGELOG} DESTINATION share/doc/omega-workbench)

# `cpack` packages what is built (the three programs and the files above) without building every
# test and benchmark first; the package check in ctest fails if a program is missing.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_PACKAGE_NAME "omega-workbench")
set(CPACK_PACKAGE_VENDOR "Omega")
set(CPACK_PACKAGE_CONTACT "Omega Workbench maintainers <workbench@omega.invalid>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "Omega Workbench subscribes to the ZeroMQ telemetry of the Augur Omega fleet\n\
(thousands of agents in koshas and teams behind a hybrid orchestrator),\n\
shows it live, finds bottlenecks and their root causes, recommends tuning\n\
with a predicted effect and applies it with verification and rollback.\n\
Sessions are recorded to SQLite and replayed. The package also holds\n\
omega-headless, the workbench without a window for servers and CI, and\n\
omega-fleet-sim, a discrete-event simulator of the orchestrator that\n\
publishes the same telemetry.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so shlibdeps cannot see them: sessions need Qt's SQLite driver.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)

include(${CMAKE_CURRENT_LIST_DIR}/checks.cmake)
