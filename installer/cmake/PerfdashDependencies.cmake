# Finds every external library and says which Debian package provides a missing one.
# installer/install-deps.sh installs all of them.
find_package(PkgConfig QUIET)

macro(perfdash_require_qt)
  find_package(Qt6 6.4 QUIET COMPONENTS Core Gui Widgets Charts Svg Network Test LinguistTools)
  if(NOT Qt6_FOUND)
    message(FATAL_ERROR
      "Qt 6 (Core Gui Widgets Charts Svg Network Test LinguistTools) not found.\n"
      "On Debian 12: apt-get install qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev "
      "qt6-l10n-tools linguist-qt6 libgl-dev libqt6opengl6-dev   (or run installer/install-deps.sh)")
  endif()
endmacro()

# pkg-config module -> imported target PkgConfig::<target>, or a fatal error naming the package.
function(perfdash_require_pkg target module debian_package)
  if(NOT PKG_CONFIG_FOUND)
    message(FATAL_ERROR "pkg-config not found. On Debian 12: apt-get install pkg-config")
  endif()
  pkg_check_modules(${target} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR
      "${module} not found via pkg-config.\n"
      "On Debian 12: apt-get install ${debian_package}   (or run installer/install-deps.sh)")
  endif()
  message(STATUS "Found ${module} ${${target}_VERSION}")
endfunction()

perfdash_require_qt()
perfdash_require_pkg(curl libcurl libcurl4-openssl-dev)
perfdash_require_pkg(sqlite3 sqlite3 libsqlite3-dev)
perfdash_require_pkg(libpq libpq libpq-dev)
perfdash_require_pkg(hiredis hiredis libhiredis-dev)
# Prometheus rule files (YAML) imported as alert rules.
perfdash_require_pkg(yaml yaml-0.1 libyaml-dev)

# Results pushed to Prometheus' remote-write receivers: protobuf messages, snappy-compressed.
perfdash_require_pkg(protobuf protobuf libprotobuf-dev)
perfdash_require_pkg(snappy snappy libsnappy-dev)
find_program(PERFDASH_PROTOC protoc)
if(NOT PERFDASH_PROTOC)
  message(FATAL_ERROR "protoc not found.\n"
    "On Debian 12: apt-get install protobuf-compiler   (or run installer/install-deps.sh)")
endif()

# The demo target's HTTP server (Debian builds it as a shared library).
perfdash_require_pkg(httplib cpp-httplib libcpp-httplib-dev)
find_package(Threads REQUIRED)
