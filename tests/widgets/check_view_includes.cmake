# Views read, never reach: no file under widgets/ may include -- directly or through the headers it
# includes -- a header of backend/transport or backend/session, model/ingest_pipeline.h,
# protocol/codec.h or a generated protobuf header (*.pb.h). Views read snapshots and the
# read-only model/history_reader.h; see docs/architecture.md, "What a view may include".
#
#   cmake -DSOURCE_DIR=<repository> [-DVIEW_DIR=<folder to check>] -P check_view_includes.cmake
#
# Follows #include "..." lines, resolved next to the including file, then in backend/ and the
# repository root (the include paths of the targets). Fails with one line per forbidden include.
cmake_minimum_required(VERSION 3.20)
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "check_view_includes: pass -DSOURCE_DIR=<repository>")
endif()
if(NOT VIEW_DIR)
  set(VIEW_DIR "${SOURCE_DIR}/widgets")
endif()
set(forbidden "^((backend/)?(transport|session)/.*|(backend/)?model/ingest_pipeline\\.h|(backend/)?protocol/codec\\.h|.*\\.pb\\.h)$")

function(omega_visit file chain)
  get_property(seen GLOBAL PROPERTY OMEGA_VIEW_SEEN)
  if("${file}" IN_LIST seen)
    return()
  endif()
  set_property(GLOBAL APPEND PROPERTY OMEGA_VIEW_SEEN "${file}")
  file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  get_filename_component(dir "${file}" DIRECTORY)
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" name "${line}")
    if(name MATCHES "${forbidden}")
      set_property(GLOBAL APPEND PROPERTY OMEGA_VIEW_BAD "${chain} -> ${name}")
      continue()
    endif()
    foreach(d "${dir}" "${SOURCE_DIR}/backend" "${SOURCE_DIR}")
      if(EXISTS "${d}/${name}" AND NOT IS_DIRECTORY "${d}/${name}")
        omega_visit("${d}/${name}" "${chain} -> ${name}")
        break()
      endif()
    endforeach()
  endforeach()
endfunction()

file(GLOB views LIST_DIRECTORIES false "${VIEW_DIR}/*.h" "${VIEW_DIR}/*.cpp")
list(LENGTH views checked)
if(checked EQUAL 0)
  message(FATAL_ERROR "check_view_includes: no .h or .cpp file in ${VIEW_DIR}")
endif()
foreach(view IN LISTS views)
  file(RELATIVE_PATH rel "${SOURCE_DIR}" "${view}")
  omega_visit("${view}" "${rel}")
endforeach()
get_property(bad GLOBAL PROPERTY OMEGA_VIEW_BAD)
list(LENGTH bad count)
if(count GREATER 0)
  list(JOIN bad "\n  " text)
  message(FATAL_ERROR "${count} forbidden include(s) under ${VIEW_DIR}:\n  ${text}")
endif()
message(STATUS "${checked} view files checked: no forbidden include")
