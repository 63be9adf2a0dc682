#pragma once
// Fixture for check_view_includes.cmake (not compiled): the generated protobuf header, one level down.
#include "protocol/telemetry.pb.h"
