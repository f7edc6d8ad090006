# Fails, naming every file that differs from .clang-format, when a C++ file under app/ or tests/
# is not formatted. Run as: cmake -DSOURCE_DIR=<repository> -DCLANG_FORMAT=<program> -P check_format.cmake
if(NOT SOURCE_DIR OR NOT CLANG_FORMAT)
  message(FATAL_ERROR "check_format.cmake needs -DSOURCE_DIR=<repository root> and -DCLANG_FORMAT=<program>"
    " (clang-format is installed by .ci/deps)")
endif()

file(GLOB_RECURSE sources LIST_DIRECTORIES false RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
set(offenders "")
foreach(path IN LISTS sources)
  execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${path}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
  if(NOT result EQUAL 0)
    list(APPEND offenders ${path})
  endif()
endforeach()

if(offenders)
  list(LENGTH offenders offender_count)
  list(JOIN offenders "\n  " listing)
  message(FATAL_ERROR "format: ${offender_count} file(s) differ from .clang-format "
    "(run: clang-format -i FILE):\n  ${listing}")
endif()
message(STATUS "format: ok")
