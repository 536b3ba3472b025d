# Builds the .deb with CPack into WORK_DIR, unpacks it with `dpkg -x` into a temporary root and
# runs the installed programs from there: nothing may depend on the build tree.
# Inputs: BINARY_DIR (the configured build), CPACK, WORK_DIR, VERSION, SAMPLE (a report file).
function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${what} failed (${rc}):\n${out}\n${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/root ${WORK_DIR}/home)

run("cpack -G DEB" ${CPACK} -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}/out)
file(GLOB debs ${WORK_DIR}/out/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK_DIR}/out, found: ${debs}")
endif()

# Dependencies: computed by dpkg-shlibdeps (Qt Widgets is linked, so it must be there), plus the
# SQLite driver plugin, which no linker sees.
run("dpkg-deb -f" dpkg-deb -f ${debs} Package Version Depends Recommends)
message(STATUS "control:\n${out}")
foreach(dep libqt6widgets6 libqt6sql6 libicu libc6 libqt6sql6-sqlite)
    if(NOT out MATCHES "Depends:[^\n]*${dep}")
        message(FATAL_ERROR "the package does not depend on ${dep}:\n${out}")
    endif()
endforeach()
if(NOT out MATCHES "Version: ${VERSION}")
    message(FATAL_ERROR "the package's version is not ${VERSION}:\n${out}")
endif()

set(root ${WORK_DIR}/root)
run("dpkg -x" dpkg -x ${debs} ${root})
foreach(f bin/nianbao bin/nianbao-cli share/applications/nianbao.desktop
          share/metainfo/org.nianbao.Nianbao.metainfo.xml share/mime/packages/nianbao.xml
          share/icons/hicolor/scalable/apps/nianbao.svg share/icons/hicolor/16x16/apps/nianbao.png
          share/icons/hicolor/256x256/apps/nianbao.png share/doc/nianbao/LICENSE
          share/doc/nianbao/THIRD-PARTY.md share/doc/nianbao/user-guide.zh.md)
    if(NOT EXISTS ${root}/usr/${f})
        message(FATAL_ERROR "the package lacks /usr/${f}")
    endif()
endforeach()

# The installed metadata as a software centre reads it (desktop entry found, icon, metainfo).
run("appstreamcli validate-tree" appstreamcli validate-tree --no-net ${root})

# The programs, run from the unpacked root with a private home (settings, default workspace).
set(env ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=LD_LIBRARY_PATH
        HOME=${WORK_DIR}/home XDG_CONFIG_HOME=${WORK_DIR}/home/config
        XDG_DATA_HOME=${WORK_DIR}/home/data XDG_CACHE_HOME=${WORK_DIR}/home/cache)
run("nianbao-cli --version" ${env} ${root}/usr/bin/nianbao-cli --version)
if(NOT out MATCHES "^nianbao-cli ${VERSION}\n")
    message(FATAL_ERROR "nianbao-cli --version printed: ${out}")
endif()
run("nianbao --version" ${env} ${root}/usr/bin/nianbao --version) # needs no display
if(NOT out MATCHES "^nianbao ${VERSION}\n")
    message(FATAL_ERROR "nianbao --version printed: ${out}")
endif()
execute_process(COMMAND ${env} ${root}/usr/bin/nianbao-cli check ${SAMPLE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT (rc EQUAL 0 OR rc EQUAL 1) OR NOT out MATCHES "003_0fe5f5f56ab841d9")
    message(FATAL_ERROR "nianbao-cli check (installed) exited ${rc}:\n${out}\n${err}")
endif()

set(png ${WORK_DIR}/screenshot.png)
run("nianbao --screenshot" ${env} QT_QPA_PLATFORM=offscreen ${root}/usr/bin/nianbao --screenshot ${png})
if(NOT EXISTS ${png})
    message(FATAL_ERROR "the installed nianbao wrote no screenshot")
endif()
file(READ ${png} head LIMIT 8 HEX)
file(SIZE ${png} size)
if(NOT head STREQUAL "89504e470d0a1a0a" OR size LESS 20000)
    message(FATAL_ERROR "${png} is not a real picture (${size} bytes, starts with ${head})")
endif()
message(STATUS "package ok: ${debs}; screenshot ${size} bytes")
