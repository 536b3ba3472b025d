# Validates the desktop entry and the AppStream metainfo with the freedesktop tools and checks that
# they agree with the MIME package. Fails on any error (and on a missing tool: install-deps.sh
# installs both).
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(APPSTREAMCLI appstreamcli)
if(NOT DESKTOP_FILE_VALIDATE OR NOT APPSTREAMCLI)
    message(FATAL_ERROR "desktop-file-validate or appstreamcli missing: run packaging/install-deps.sh")
endif()

set(desktop ${SOURCE_DIR}/packaging/nianbao.desktop)
set(metainfo ${SOURCE_DIR}/packaging/nianbao.metainfo.xml)
set(mime ${SOURCE_DIR}/packaging/nianbao-mime.xml)

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "error:")
    message(FATAL_ERROR "desktop-file-validate ${desktop} failed (${rc}):\n${out}")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${metainfo}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "(^|\n)E:")
    message(FATAL_ERROR "appstreamcli validate ${metainfo} failed (${rc}):\n${out}")
endif()

# The launcher opens workspaces and the report types, never all of text/plain.
file(READ ${desktop} entry)
string(REGEX MATCH "\nMimeType=[^\n]*" mimeLine "${entry}")
if(mimeLine MATCHES "text/plain")
    message(FATAL_ERROR "the desktop entry claims text/plain: ${mimeLine}")
endif()
foreach(type application/x-nianbao-workspace text/html application/pdf
             application/vnd.openxmlformats-officedocument.wordprocessingml.document)
    string(FIND "${mimeLine}" "=${type};" atStart)
    string(FIND "${mimeLine}" ";${type};" inside)
    if(atStart EQUAL -1 AND inside EQUAL -1)
        message(FATAL_ERROR "the desktop entry does not register ${type}: ${mimeLine}")
    endif()
endforeach()
file(READ ${mime} mimeXml)
if(NOT mimeXml MATCHES "type=\"application/x-nianbao-workspace\"" OR
   NOT mimeXml MATCHES "<glob pattern=\"\\*\\.nianbao\"/>")
    message(FATAL_ERROR "${mime} does not define application/x-nianbao-workspace for *.nianbao")
endif()
file(READ ${metainfo} meta)
if(NOT meta MATCHES "<mediatype>application/x-nianbao-workspace</mediatype>" OR
   NOT meta MATCHES "<project_license>GPL-3.0-or-later</project_license>")
    message(FATAL_ERROR "${metainfo}: the workspace media type or the licence is missing")
endif()
message(STATUS "desktop entry and metainfo valid")
