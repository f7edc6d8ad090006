# Fails, listing every offender, when a file under app/ has more than 500 lines (but for the
# translations, one generated entry per text of the application), a CMake file
# under app/ or tests/ lists sources by file(GLOB…), or a header under app/ declares more than
# 15 Q_PROPERTY (one class a header). Run as: cmake -DSOURCE_DIR=<repository> -P checklayout.cmake
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "checklayout.cmake needs -DSOURCE_DIR=<repository root>")
endif()

set(max_lines 500)
set(max_properties 15)
set(offenders "")

file(GLOB_RECURSE app_files LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/app/*)
list(FILTER app_files EXCLUDE REGEX "^app/translations/.*\\.ts$")
foreach(path IN LISTS app_files)
  file(READ ${SOURCE_DIR}/${path} content)
  string(REGEX MATCHALL "\n" newlines "${content}")
  list(LENGTH newlines line_count)
  if(line_count GREATER max_lines)
    list(APPEND offenders "${path}: ${line_count} lines (at most ${max_lines})")
  endif()
  if(path MATCHES "\\.h$")
    string(REGEX MATCHALL "Q_PROPERTY\\(" properties "${content}")
    list(LENGTH properties property_count)
    if(property_count GREATER max_properties)
      list(APPEND offenders "${path}: ${property_count} Q_PROPERTY (at most ${max_properties})")
    endif()
  endif()
endforeach()

file(GLOB_RECURSE cmake_files LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/app/CMakeLists.txt ${SOURCE_DIR}/app/*.cmake ${SOURCE_DIR}/tests/CMakeLists.txt ${SOURCE_DIR}/tests/*.cmake)
# These scripts have to find files to check them; they list no sources to build.
list(REMOVE_ITEM cmake_files tests/layout/checklayout.cmake tests/layout/check_sql_in_store.cmake
  tests/layout/check_format.cmake)
foreach(path IN LISTS cmake_files)
  file(STRINGS ${SOURCE_DIR}/${path} globs REGEX "file[ \t]*\\([ \t]*GLOB")
  if(globs)
    list(APPEND offenders "${path}: file(GLOB…) instead of an explicit list")
  endif()
endforeach()

if(offenders)
  list(LENGTH offenders offender_count)
  list(JOIN offenders "\n  " listing)
  message(FATAL_ERROR "layout: ${offender_count} offender(s):\n  ${listing}")
endif()
message(STATUS "layout: ok")
