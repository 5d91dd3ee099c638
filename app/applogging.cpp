#include "applogging.h"

Q_LOGGING_CATEGORY(lcApp, "perfdash.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "perfdash.app.demo", QtInfoMsg)
