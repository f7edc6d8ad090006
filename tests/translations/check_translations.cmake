# Runs lupdate over the application's sources into copies of the French, Spanish and English
# (plural forms only) .ts files and fails, naming the texts, if any entry is unfinished (a new
# or changed text) or vanished/obsolete (a text no longer in the sources).
if(NOT LUPDATE OR NOT SOURCES_LIST OR NOT TS_DIR OR NOT WORK_DIR)
  message(FATAL_ERROR "usage: cmake -DLUPDATE=<lupdate> -DSOURCES_LIST=<file> -DTS_DIR=<dir> -DWORK_DIR=<dir> "
                      "-P check_translations.cmake")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

set(problems "")
foreach(language IN ITEMS fr es en)
  set(copy ${WORK_DIR}/iamm_${language}.ts)
  file(COPY_FILE ${TS_DIR}/iamm_${language}.ts ${copy})
  set(plural_only "")
  if(language STREQUAL "en")
    set(plural_only -pluralonly)
  endif()
  execute_process(
    COMMAND ${LUPDATE} @${SOURCES_LIST} -locations none ${plural_only} -ts ${copy}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
  if(NOT exit_code EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${copy} (${exit_code}):\n${output}")
  endif()
  file(READ ${copy} content)
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]+comment>[^<]*</[a-z]+comment>[^<]*)*<translation type=\"(unfinished|vanished|obsolete)\""
         entries "${content}")
  foreach(entry IN LISTS entries)
    string(REGEX REPLACE "^<source>([^<]*)</source>.*type=\"([a-z]+)\"$" "\\2: \\1" entry "${entry}")
    string(APPEND problems "  ${language} ${entry}\n")
  endforeach()
endforeach()
if(problems)
  message(FATAL_ERROR "app/translations is not up to date with the sources; run the update_translations target "
                      "and translate:\n${problems}")
endif()
message(STATUS "every text is translated into French and Spanish")
