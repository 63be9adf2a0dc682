#include "session/payload_codec.h"

#include <zstd.h>

namespace omega::session {

namespace {
constexpr int kZstdLevel = 1;              // fastest standard level: recording must keep up at 100x
constexpr qsizetype kSmallestCompressed = 256;
} // namespace

PayloadCompressor::PayloadCompressor() : m_context(ZSTD_createCCtx())
{
    if (m_context) {
        ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, kZstdLevel);
        // A content checksum, so flipped bits in a file are reported, not replayed as data.
        ZSTD_CCtx_setParameter(m_context, ZSTD_c_checksumFlag, 1);
    }
}

PayloadCompressor::~PayloadCompressor()
{
    ZSTD_freeCCtx(m_context);
}

QByteArray PayloadCompressor::compress(const QByteArray& payload, Codec* codec)
{
    *codec = Codec::Raw;
    if (!m_context || payload.size() < kSmallestCompressed)
        return payload;
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<std::size_t>(payload.size()))), Qt::Uninitialized);
    const std::size_t n = ZSTD_compress2(m_context, out.data(), static_cast<std::size_t>(out.size()), payload.constData(),
                                         static_cast<std::size_t>(payload.size()));
    if (ZSTD_isError(n) || static_cast<qsizetype>(n) >= payload.size())
        return payload;
    out.truncate(static_cast<qsizetype>(n));
    *codec = Codec::Zstd;
    return out;
}

bool decompressPayload(int codec, int size, const QByteArray& body, QByteArray* payload)
{
    // Only frames the decoder accepted are recorded, so a stored size above its limit is damage; it
    // must not become an allocation (a size of 2^31 - 1 asked for 4 GiB before this check).
    if (size < 0 || static_cast<std::size_t>(size) > protocol::kMaxMessageBytes)
        return false;
    switch (codec) {
    case static_cast<int>(Codec::Raw):
        *payload = body;
        break;
    case static_cast<int>(Codec::Zlib): {
        // qUncompress allocates the length its 4-byte big-endian header claims: it must be `size`.
        if (body.size() < 4)
            return false;
        const auto claimed = static_cast<std::uint32_t>(static_cast<std::uint8_t>(body[0])) << 24
                             | static_cast<std::uint32_t>(static_cast<std::uint8_t>(body[1])) << 16
                             | static_cast<std::uint32_t>(static_cast<std::uint8_t>(body[2])) << 8
                             | static_cast<std::uint32_t>(static_cast<std::uint8_t>(body[3]));
        if (claimed != static_cast<std::uint32_t>(size))
            return false;
        *payload = qUncompress(body);
        break;
    }
    case static_cast<int>(Codec::Zstd): {
        payload->resize(size);
        const std::size_t n = ZSTD_decompress(payload->data(), static_cast<std::size_t>(size), body.constData(),
                                              static_cast<std::size_t>(body.size()));
        if (ZSTD_isError(n) || n != static_cast<std::size_t>(size)) {
            payload->clear();
            return false;
        }
        break;
    }
    default:
        return false;
    }
    return payload->size() == size;
}

} // namespace omega::session
