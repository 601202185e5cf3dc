# npm ci from the lockfile, only when node_modules is missing or older than the lockfile.
if(EXISTS ${DIR}/node_modules/.package-lock.json AND NOT ${DIR}/package-lock.json IS_NEWER_THAN ${DIR}/node_modules/.package-lock.json)
    message(STATUS "node_modules is current")
    return()
endif()
execute_process(COMMAND ${NPM} ci --no-audit --no-fund WORKING_DIRECTORY ${DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result})")
endif()
