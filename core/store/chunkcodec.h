#pragma once

#include "bitstream.h"
#include "series.h"

#include <cstdint>
#include <span>
#include <vector>

namespace store {

// Gorilla-style compression of (timestamp ms, double) samples, following Prometheus' XOR chunk
// (tsdb/chunkenc/xor.go): delta-of-delta timestamps in 1/14/17/20/64-bit buckets, values XORed
// with their predecessor, reusing the previous leading/trailing-zero window when it fits.
// Differences from Prometheus: the sample count is a uvarint prefix (not a fixed uint16, so a
// block may hold more than 65,535 samples), the first delta is a zigzag varint (timestamps may go
// backwards), and delta arithmetic wraps so any int64 timestamps round-trip.
class ChunkEncoder
{
public:
    void append(std::int64_t timestampMs, double value);
    std::size_t count() const { return m_count; }
    // The finished chunk: uvarint count, then the bit stream. The encoder is empty afterwards.
    std::vector<std::uint8_t> finish();

private:
    BitWriter m_bits;
    std::size_t m_count = 0;
    std::int64_t m_t = 0;
    std::uint64_t m_delta = 0;
    std::uint64_t m_valueBits = 0;
    std::uint8_t m_leading = 0xff;
    std::uint8_t m_trailing = 0;
};

std::vector<std::uint8_t> encodeChunk(std::span<const metricmath::Point> points);
// Appends the chunk's samples to `out`; false (and `out` as it was) when the blob is damaged.
bool decodeChunk(std::span<const std::uint8_t> chunk, std::vector<metricmath::Point>* out);

} // namespace store
