# SPDX-License-Identifier: GPL-3.0-or-later
# One helper per repeated target kind: libraries, executables and tests share their settings here.

function(cockpit_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(${target} PRIVATE -Wshadow=local) # gcc's; clang (fuzz build) lacks it
        endif()
        if(COCKPIT_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# cockpit_add_library(NAME SOURCES ... LIBS ...)
function(cockpit_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_LIBS})
    cockpit_apply_settings(${name})
endfunction()

# cockpit_add_executable(NAME [NO_INSTALL] SOURCES ... LIBS ...)
# NO_INSTALL: a developer tool (cockpit-bench) that is built into build/bin but not installed or packaged.
function(cockpit_add_executable name)
    cmake_parse_arguments(ARG "NO_INSTALL" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBS})
    cockpit_apply_settings(${name})
    if(NOT ARG_NO_INSTALL)
        install(TARGETS ${name} RUNTIME DESTINATION bin)
    endif()
endfunction()

# cockpit_add_test(NAME SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s])
# One QtTest executable per unit, registered with ctest and run offscreen. A test in tests/unit/ is also
# labelled `unit` (ctest -L unit, as the asan build runs them).
function(cockpit_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    string(FIND "${CMAKE_CURRENT_SOURCE_DIR}/" "${CMAKE_SOURCE_DIR}/tests/unit/" unit_position)
    if(unit_position EQUAL 0)
        list(APPEND ARG_LABELS unit)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    # cockpit_loopback: the fixtures in tests/support (loopback servers, webhook receiver, real haproxy/nginx).
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS} cockpit_loopback)
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests) # "support/ReportFixtures.h"
    cockpit_apply_settings(${name})
    target_compile_definitions(${name} PRIVATE
        COCKPIT_BIN_DIR="${CMAKE_BINARY_DIR}/bin"
        COCKPIT_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    # Its settings (trust decisions, the user's name) and those of the cutoverctl it starts stay in a
    # folder of its own, never in the user's.
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/test-config/${name}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()

# cockpit_add_backend_plugin(NAME CLASS_NAME <plugin class> SOURCES ... [LIBS ...])
# A built-in traffic backend: a static Qt plugin (its JSON metadata named in Q_PLUGIN_METADATA). Qt's
# qt_add_plugin generates the Q_IMPORT_PLUGIN initializer and links it into every target that links the
# plugin, so linking `cockpit_backends` is all a consumer does.
function(cockpit_add_backend_plugin name)
    cmake_parse_arguments(ARG "" "CLASS_NAME" "SOURCES;LIBS" ${ARGN})
    qt_add_plugin(${name} STATIC CLASS_NAME ${ARG_CLASS_NAME})
    target_sources(${name} PRIVATE ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC cockpit_core ${ARG_LIBS})
    cockpit_apply_settings(${name})
    target_link_libraries(cockpit_backends INTERFACE ${name})
endfunction()

# cockpit_add_fuzz_target(NAME SOURCES ... [LIBS ...])
# A libFuzzer target fuzz_NAME (COCKPIT_FUZZ builds, clang), built into build-fuzz/fuzz/. Its seed corpus is
# tests/fuzz/corpus/NAME/; ctest runs it as fuzz_NAME for COCKPIT_FUZZ_SECONDS over a copy of that corpus
# (the repository's corpus is never written to), and any crash, leak, timeout or UB fails the test.
set(COCKPIT_FUZZ_SECONDS 30 CACHE STRING "Seconds each fuzz target runs under ctest (fuzz_NAME)")
function(cockpit_add_fuzz_target name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    set(corpus ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus/${name})
    if(NOT IS_DIRECTORY ${corpus})
        message(FATAL_ERROR "fuzz target ${name}: its seed corpus ${corpus} does not exist")
    endif()
    # FuzzInit.cpp: LLVMFuzzerInitialize (the QCoreApplication); a source of each target, since libFuzzer
    # refers to it weakly and would not pull it out of a library.
    qt_add_executable(fuzz_${name} ${ARG_SOURCES} ${CMAKE_SOURCE_DIR}/tests/fuzz/FuzzInit.cpp)
    set_target_properties(fuzz_${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    target_link_libraries(fuzz_${name} PRIVATE ${ARG_LIBS})
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
    cockpit_apply_settings(fuzz_${name})
    add_test(NAME fuzz_${name}
        COMMAND bash ${CMAKE_SOURCE_DIR}/tests/fuzz/run-fuzz.sh $<TARGET_FILE:fuzz_${name}> ${corpus}
            ${CMAKE_BINARY_DIR}/fuzz-runs/${name} ${COCKPIT_FUZZ_SECONDS})
    math(EXPR timeout "${COCKPIT_FUZZ_SECONDS} + 120")
    set_tests_properties(fuzz_${name} PROPERTIES
        LABELS fuzz
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endfunction()
