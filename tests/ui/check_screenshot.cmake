# Runs `nianbao --screenshot OUT [SOURCE]` offscreen with isolated settings and checks a real PNG
# came out. With WRITER set, SOURCE is first written by `WRITER SAMPLE SOURCE` (a PDF of a sample).
file(REMOVE ${OUT})
if(WRITER)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                            ${WRITER} ${SAMPLE} ${SOURCE} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${WRITER} exited with ${rc}")
    endif()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                        XDG_CONFIG_HOME=${OUT}.config XDG_DATA_HOME=${OUT}.data
                        ${APP} --screenshot ${OUT} ${SOURCE}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nianbao --screenshot exited with ${rc}")
endif()
if(NOT EXISTS ${OUT})
    message(FATAL_ERROR "no screenshot written to ${OUT}")
endif()
file(READ ${OUT} head LIMIT 8 HEX)
if(NOT head STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUT} is not a PNG (starts with ${head})")
endif()
file(SIZE ${OUT} size)
if(size LESS 20000)
    message(FATAL_ERROR "${OUT} is suspiciously small (${size} bytes): an empty window?")
endif()
message(STATUS "screenshot ok: ${size} bytes")
