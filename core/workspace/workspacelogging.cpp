#include "workspacelogging.h"

Q_LOGGING_CATEGORY(lcWorkspace, "perfdash.core.workspace", QtInfoMsg)
