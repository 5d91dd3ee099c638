#pragma once

#include "democonfig.h"

#include <QStringList>
#include <optional>

// Parses the command line into a DemoConfig. Handles --help and --version itself
// (exits); on a bad value prints the reason to stderr and returns nullopt.
std::optional<DemoConfig> parseOptions(const QStringList& arguments);
