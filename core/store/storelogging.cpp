#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "perfdash.core.store")
