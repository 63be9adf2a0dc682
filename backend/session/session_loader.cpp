#include "session/session_loader.h"

#include "protocol/codec.h"
#include "session/session_reader.h"

namespace omega::session {

bool loadSession(const QString& path, model::IngestPipeline& pipeline, LoadResult* result, QString* error)
{
    auto reader = SessionReader::open(path, error);
    if (!reader)
        return false;
    pipeline.setMeasureLatency(false);   // recorded publish times are old: no latency to measure
    LoadResult r;
    std::vector<StoredFrame> frames;
    std::int64_t after = 0;
    std::int64_t wallUs = 1;
    for (;;) {
        frames.clear();
        QString frameError;
        if (!reader->framesAfter(after, 512, frames, &frameError)) {
            if (error)
                *error = frameError;
            return false;
        }
        if (frames.empty())
            break;
        for (const StoredFrame& f : frames) {
            after = f.id;
            if (f.damaged) {
                ++r.damaged;
                continue;
            }
            const auto name = protocol::topicName(f.topic);
            pipeline.ingest(std::string_view(name.data(), name.size()), f.payload.constData(),
                            static_cast<std::size_t>(f.payload.size()), ++wallUs);
            ++r.frames;
        }
    }
    pipeline.publishNow(++wallUs);
    if (result)
        *result = r;
    return true;
}

} // namespace omega::session
