# Fails, naming every file that differs from .clang-format, when a C++ file under app/ or tests/
# is not formatted. Run as: cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<program> -P check_format.cmake
if(NOT SOURCE_DIR OR NOT CLANG_FORMAT)
  message(FATAL_ERROR "check_format.cmake needs -DSOURCE_DIR=<repository root> and -DCLANG_FORMAT=<program>"
    " (clang-format is installed by .ci/deps)")
endif()

file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
# One clang-format run over every file (one process per file took 45 s); it reports each
# difference as "FILE:LINE:COL: error: ...", from which the offending files are collected.
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE diagnostics)
set(offenders "")
if(NOT result EQUAL 0)
  string(REGEX MATCHALL "[^\n:]+:[0-9]+:[0-9]+: error" located "${diagnostics}")
  foreach(location IN LISTS located)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error$" "" path "${location}")
    list(APPEND offenders ${path})
  endforeach()
  list(REMOVE_DUPLICATES offenders)
  if(NOT offenders)
    message(FATAL_ERROR "format: ${CLANG_FORMAT} failed (exit ${result}):\n${diagnostics}")
  endif()
endif()

if(offenders)
  list(LENGTH offenders offender_count)
  list(JOIN offenders "\n  " listing)
  message(FATAL_ERROR "format: ${offender_count} file(s) differ from .clang-format "
    "(run: clang-format -i FILE):\n  ${listing}")
endif()
message(STATUS "format: ok")
