# Installs the schema check's npm packages (package.json, package-lock.json) into DESTINATION with `npm ci`, unless
# the installed ones already match the lock file.
#   cmake -DNPM=npm -DSOURCE=tests/graphql -DDESTINATION=build/tests/graphql -P install.cmake
file(MAKE_DIRECTORY "${DESTINATION}")
foreach(name package.json package-lock.json validate.mjs)
    configure_file("${SOURCE}/${name}" "${DESTINATION}/${name}" COPYONLY)
endforeach()
set(stamp "${DESTINATION}/node_modules/.hindsight-lock")
if(EXISTS "${stamp}")
    file(READ "${SOURCE}/package-lock.json" wanted)
    file(READ "${stamp}" installed)
    if(wanted STREQUAL installed)
        message(STATUS "GraphQL schema check: npm packages already installed")
        return()
    endif()
endif()
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
    WORKING_DIRECTORY "${DESTINATION}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm ci failed (${result}): the GraphQL schema check needs @octokit/graphql-schema and graphql "
                        "from the npm registry")
endif()
configure_file("${SOURCE}/package-lock.json" "${stamp}" COPYONLY)
