# Seeds a fresh database with the demo workshop and photographs every page of iamm-assess
# at two window sizes; fails if the application exits non-zero (QML warnings, a blank
# window) or writes no picture.
if(NOT APP OR NOT WORK_DIR)
  message(FATAL_ERROR "usage: cmake -DAPP=<iamm-assess> -DWORK_DIR=<dir> -P screenshot.cmake")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(database ${WORK_DIR}/demo.sqlite)

foreach(shot IN ITEMS walkthrough:1280x720 start:1280x720 summary:1280x720 peers:1280x720 presenter:1280x720
                      walkthrough:1920x1080 peers:1920x1080)
  string(REPLACE ":" ";" parts ${shot})
  list(GET parts 0 page)
  list(GET parts 1 size)
  set(picture ${WORK_DIR}/${page}-${size}.png)
  execute_process(
    COMMAND ${APP} --db ${database} --demo-if-empty --page ${page} --size ${size} --screenshot ${picture}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 60)
  if(NOT exit_code EQUAL 0)
    message(FATAL_ERROR "${page} at ${size}: iamm-assess exited with ${exit_code}:\n${output}")
  endif()
  if(NOT EXISTS ${picture})
    message(FATAL_ERROR "${page} at ${size}: no screenshot written to ${picture}")
  endif()
  message(STATUS "${page} at ${size}: ${picture}")
endforeach()
