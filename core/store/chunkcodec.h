#pragma once

#include "bitstream.h"
#include "series.h"

#include <cstdint>
#include <span>
#include <vector>

namespace store {

// How a chunk's values are packed. Whole numbers (counters, pool sizes, queue lengths: most
// monitoring data) are packed as integers, as VictoriaMetrics does, which costs about half of
// Gorilla's XOR on such series; everything else is XORed.
enum class ValueEncoding : std::uint8_t
{
    Xor = 0,             // Gorilla: XOR with the predecessor, reusing the leading/trailing-zero window
    IntDelta = 1,        // v[i] - v[i-1] in 1/5/10/20/37/69-bit buckets (gauges moving by small steps)
    IntDeltaOfDelta = 2, // change of the delta: a counter at a steady rate costs one bit a sample
};

// Gorilla-style compression of (timestamp ms, double) samples, after Prometheus' XOR chunk
// (tsdb/chunkenc/xor.go): delta-of-delta timestamps and, for fractional values, XORed values.
// Differences from Prometheus: the header is a uvarint of count << 2 | encoding (so a block may
// hold more than 65,535 samples); timestamps' smallest non-zero bucket is 7 bits (a scrape's
// few milliseconds of jitter cost 9 bits, not 16); the first delta is a zigzag varint
// (timestamps may go backwards) and delta arithmetic wraps so any int64 timestamps round-trip;
// whole-number series use an integer encoding (ValueEncoding).
class ChunkEncoder
{
public:
    explicit ChunkEncoder(ValueEncoding encoding = ValueEncoding::Xor);
    void append(std::int64_t timestampMs, double value);
    std::size_t count() const { return m_count; }
    // The finished chunk: uvarint header, then the bit stream. The encoder is empty afterwards.
    std::vector<std::uint8_t> finish();

private:
    void appendTimestamp(std::int64_t timestampMs);
    void appendXor(double value);
    void appendInteger(double value);

    ValueEncoding m_encoding;
    BitWriter m_bits;
    std::size_t m_count = 0;
    std::int64_t m_t = 0;
    std::uint64_t m_delta = 0;
    std::uint64_t m_valueBits = 0;
    std::uint8_t m_leading = 0xff;
    std::uint8_t m_trailing = 0;
    std::int64_t m_intValue = 0;
    std::int64_t m_intDelta = 0;
};

// The encoding that packs `points` smallest (integer ones only when every value is a whole number
// of magnitude up to 2^53, -0.0 excluded so its sign bit survives).
ValueEncoding chooseValueEncoding(std::span<const metricmath::Point> points);
std::vector<std::uint8_t> encodeChunk(std::span<const metricmath::Point> points);
// Appends the chunk's samples to `out`; false (and `out` as it was) when the blob is damaged.
bool decodeChunk(std::span<const std::uint8_t> chunk, std::vector<metricmath::Point>* out);

} // namespace store
