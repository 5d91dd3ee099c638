# CPack: a Debian package and a tarball of what the install() rules put under the prefix.
#   (cd build/release && cpack -G DEB)   -> perfdash_<version>-1_<arch>.deb
#   (cd build/release && cpack -G TGZ)   -> perfdash-<version>-Linux-<arch>.tar.gz
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME perfdash)
set(CPACK_PACKAGE_VENDOR "The perfdash developers")
set(CPACK_PACKAGE_CONTACT "The perfdash developers <perfdash@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
  "A desktop dashboard (Qt 6) that watches a web system's Prometheus metrics, health endpoints, \
PostgreSQL and Redis, charts latency percentiles, cache hit rate, pool usage and queue backlog \
with threshold alerts, drives its own load runs and signs off with a PDF acceptance report, \
also headless for continuous integration.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Release builds carry debug info; the package does not.
set(CPACK_STRIP_FILES ON)

execute_process(COMMAND uname -m OUTPUT_VARIABLE perfdash_machine OUTPUT_STRIP_TRAILING_WHITESPACE)
set(CPACK_PACKAGE_FILE_NAME "perfdash-${PROJECT_VERSION}-Linux-${perfdash_machine}")
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps (dpkg-dev) computes Depends from the libraries the binaries link...
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...and these are what it cannot see, as they are loaded at run time: Qt's platform plugins
# (xcb; offscreen for headless reports), the fonts the PDF reports embed, the CA store TLS
# verifies with. libqt6svg6 (linked, so found) also brings the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-lato, fonts-noto-cjk, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

include(CPack)
