#include "collectorslogging.h"

Q_LOGGING_CATEGORY(lcCollectors, "perfdash.collectors", QtInfoMsg)
