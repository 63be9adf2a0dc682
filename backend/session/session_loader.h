#pragma once
// Reads a whole session file into an ingest pipeline as fast as it goes (no pacing), so its
// history, operating points and models can be looked at offline — e.g. to compare two runs.

#include "model/ingest_pipeline.h"

#include <QString>

namespace omega::session {

struct LoadResult {
    std::uint64_t frames = 0, damaged = 0;
};

// False with *error when the file cannot be opened or read; damaged frames are skipped and counted.
bool loadSession(const QString& path, model::IngestPipeline& pipeline, LoadResult* result, QString* error);

} // namespace omega::session
