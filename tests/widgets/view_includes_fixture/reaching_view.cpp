// Fixture for check_view_includes.cmake (not compiled): a view that reaches into the engine,
// directly and through a header of its own. The check must report both.
#include "reaching_view.h"
#include "model/ingest_pipeline.h"
