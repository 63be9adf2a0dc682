#pragma once
// Compression of stored telemetry payloads (the `codec` column of `frames`).

#include "session/session_format.h"

#include <QByteArray>

struct ZSTD_CCtx_s;

namespace omega::session {

// Compresses payloads on one thread; keeps its zstd context between calls (allocating one per
// frame would cost more than compressing a small frame).
class PayloadCompressor {
public:
    PayloadCompressor();
    ~PayloadCompressor();
    PayloadCompressor(const PayloadCompressor&) = delete;
    PayloadCompressor& operator=(const PayloadCompressor&) = delete;

    // The stored bytes; `codec` is set to what was used (Raw when compressing does not pay).
    QByteArray compress(const QByteArray& payload, Codec* codec);

private:
    ZSTD_CCtx_s* m_context = nullptr;
};

// The payload as received, or false when the codec is unknown or the bytes are damaged
// (wrong length after decompression, broken stream, a stored size above protocol::kMaxMessageBytes).
bool decompressPayload(int codec, int size, const QByteArray& body, QByteArray* payload);

} // namespace omega::session
