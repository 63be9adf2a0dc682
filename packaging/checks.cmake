# Debian desktop conventions, checked in ctest (included from CPackConfig.cmake):
#   desktop_file_validate   the .desktop file (desktop-file-validate, package desktop-file-utils)
#   appstream_validate      the AppStream metainfo (appstreamcli, package appstream)
#   man_pages_current       every option of --help is in the manual page
#   deb_package             cpack builds the .deb; its contents, control fields, the unpacked
#                           programs run headless; lintian when installed
# A check whose tool is missing is not registered (install-deps.sh installs them all).
if(NOT OMEGA_BUILD_TESTS)
  return()
endif()

find_program(OMEGA_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(OMEGA_DESKTOP_FILE_VALIDATE)
  add_test(NAME desktop_file_validate
    COMMAND ${OMEGA_DESKTOP_FILE_VALIDATE} ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.desktop)
  set_tests_properties(desktop_file_validate PROPERTIES FAIL_REGULAR_EXPRESSION "error:|warning:")
endif()

find_program(OMEGA_APPSTREAMCLI appstreamcli)
if(OMEGA_APPSTREAMCLI)
  add_test(NAME appstream_validate
    COMMAND ${OMEGA_APPSTREAMCLI} validate --no-net --explain ${PROJECT_SOURCE_DIR}/packaging/io.omega.Workbench.metainfo.xml)
endif()

add_test(NAME man_pages_current
  COMMAND ${CMAKE_COMMAND} -DPAGES=${PROJECT_SOURCE_DIR}/packaging/man
          -DPROGRAMS=$<TARGET_FILE:omega-workbench>|$<TARGET_FILE:omega-headless>|$<TARGET_FILE:omega-fleet-sim>
          -P ${PROJECT_SOURCE_DIR}/packaging/check-man-pages.cmake)
set_tests_properties(man_pages_current PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 60)

find_program(OMEGA_DPKG_DEB dpkg-deb)
if(OMEGA_DPKG_DEB)
  add_test(NAME deb_package
    COMMAND bash ${PROJECT_SOURCE_DIR}/packaging/check-deb.sh ${PROJECT_BINARY_DIR})
  set_tests_properties(deb_package PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
endif()

# Translations: lupdate into a copy of the German .ts fails on an untranslated or vanished message.
add_test(NAME translations_complete
  COMMAND ${CMAKE_COMMAND} -DPROJECT_IN=${PROJECT_BINARY_DIR}/app/.lupdate/omega-workbench_project.cmake
          -DGENERATOR=${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
          -DTS=${PROJECT_SOURCE_DIR}/translations/omega_workbench_de.ts -DWORK=${PROJECT_BINARY_DIR}/translations-check
          -P ${PROJECT_SOURCE_DIR}/translations/check-translations.cmake)
set_tests_properties(translations_complete PROPERTIES TIMEOUT 120)
