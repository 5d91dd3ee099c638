#include "widgetslogging.h"

Q_LOGGING_CATEGORY(lcWidgets, "perfdash.widgets", QtInfoMsg)
