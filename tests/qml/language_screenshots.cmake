# iamm-assess starts in the language --lang names, else in the one chosen last time, else in the
# system's: screenshots of the demo's walkthrough must be identical when they should show the same
# language and differ when not. An unknown --lang is refused; --help and argument errors follow --lang.
if(NOT APP OR NOT WORK_DIR)
  message(FATAL_ERROR "usage: cmake -DAPP=<iamm-assess> -DWORK_DIR=<dir> -P language_screenshots.cmake")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/config)
set(database ${WORK_DIR}/demo.sqlite)

# shoot(<name> <LANG value> [arguments...]) writes ${WORK_DIR}/<name>.png.
function(shoot name system_language)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=LC_ALL --unset=LC_MESSAGES LANG=${system_language}
            XDG_CONFIG_HOME=${WORK_DIR}/config
            ${APP} --db ${database} --demo-if-empty --page walkthrough --screenshot ${WORK_DIR}/${name}.png ${ARGN}
    RESULT_VARIABLE exit_code
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 60)
  if(NOT exit_code EQUAL 0 OR NOT EXISTS ${WORK_DIR}/${name}.png)
    message(FATAL_ERROR "${name}: iamm-assess exited with ${exit_code} and no picture:\n${output}")
  endif()
endfunction()

function(expect_same first second why)
  file(SHA256 ${WORK_DIR}/${first}.png first_hash)
  file(SHA256 ${WORK_DIR}/${second}.png second_hash)
  if(NOT first_hash STREQUAL second_hash)
    message(FATAL_ERROR "${first}.png and ${second}.png differ: ${why}")
  endif()
endfunction()

function(expect_different first second why)
  file(SHA256 ${WORK_DIR}/${first}.png first_hash)
  file(SHA256 ${WORK_DIR}/${second}.png second_hash)
  if(first_hash STREQUAL second_hash)
    message(FATAL_ERROR "${first}.png and ${second}.png are the same: ${why}")
  endif()
endfunction()

shoot(english C.UTF-8 --lang en)
shoot(french C.UTF-8 --lang fr)
shoot(spanish C.UTF-8 --lang es)
expect_different(english french "--lang fr shows French")
expect_different(english spanish "--lang es shows Spanish")
expect_different(french spanish "French and Spanish are different languages")

shoot(system_french fr_FR.UTF-8)
expect_same(system_french french "without --lang or a remembered choice the system's language counts")

file(WRITE ${WORK_DIR}/config/iamm/iamm-assess.conf "[appearance]\nlanguage=es\n")
shoot(remembered_spanish fr_FR.UTF-8)
expect_same(remembered_spanish spanish "the language chosen last time comes before the system's")
shoot(override_english fr_FR.UTF-8 --lang en)
expect_same(override_english english "--lang comes before the remembered choice and the system")

execute_process(COMMAND ${APP} --db ${database} --lang de RESULT_VARIABLE exit_code ERROR_VARIABLE output TIMEOUT 60)
if(NOT exit_code EQUAL 2 OR NOT output MATCHES "--lang must be one of en, fr, es")
  message(FATAL_ERROR "--lang de: expected exit code 2 and a usage message, got ${exit_code}:\n${output}")
endif()
# The launcher's own texts follow --lang too: the help and the refusal of a bad argument.
execute_process(COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 ${APP} --lang fr --help
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE output ERROR_VARIABLE output TIMEOUT 60)
if(NOT exit_code EQUAL 0 OR NOT output MATCHES "Utiliser le thème sombre")
  message(FATAL_ERROR "--lang fr --help: expected the options in French, got ${exit_code}:\n${output}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 ${APP} --db ${database} --lang=es --size 2x2
                RESULT_VARIABLE exit_code ERROR_VARIABLE output TIMEOUT 60)
if(NOT exit_code EQUAL 2 OR NOT output MATCHES "--size debe tener la forma 1280x720, no «2x2»")
  message(FATAL_ERROR "--lang=es --size 2x2: expected exit code 2 and a Spanish message, got ${exit_code}:\n${output}")
endif()
message(STATUS "iamm-assess starts in the chosen language")
