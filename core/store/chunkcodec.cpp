#include "chunkcodec.h"

#include <bit>

namespace store {
namespace {

// As Prometheus' bitRange: x fits in `bits` bits, two's complement with one extra positive value.
bool fits(std::int64_t x, int bits)
{
    return -((std::int64_t(1) << (bits - 1)) - 1) <= x && x <= (std::int64_t(1) << (bits - 1));
}

std::uint64_t bitsOf(double value)
{
    return std::bit_cast<std::uint64_t>(value);
}

} // namespace

void ChunkEncoder::append(std::int64_t timestampMs, double value)
{
    const std::uint64_t valueBits = bitsOf(value);
    if (m_count == 0) {
        m_bits.writeVarint(timestampMs);
        m_bits.writeBits(valueBits, 64);
    } else {
        const std::uint64_t delta = std::uint64_t(timestampMs) - std::uint64_t(m_t);
        if (m_count == 1) {
            m_bits.writeVarint(std::int64_t(delta));
        } else {
            const auto dod = std::int64_t(delta - m_delta);
            if (dod == 0) {
                m_bits.writeBit(false);
            } else if (fits(dod, 14)) {
                m_bits.writeBits(0b10, 2);
                m_bits.writeBits(std::uint64_t(dod), 14);
            } else if (fits(dod, 17)) {
                m_bits.writeBits(0b110, 3);
                m_bits.writeBits(std::uint64_t(dod), 17);
            } else if (fits(dod, 20)) {
                m_bits.writeBits(0b1110, 4);
                m_bits.writeBits(std::uint64_t(dod), 20);
            } else {
                m_bits.writeBits(0b1111, 4);
                m_bits.writeBits(std::uint64_t(dod), 64);
            }
        }
        m_delta = delta;

        const std::uint64_t x = valueBits ^ m_valueBits;
        if (x == 0) {
            m_bits.writeBit(false);
        } else {
            m_bits.writeBit(true);
            auto leading = std::uint8_t(std::countl_zero(x));
            const auto trailing = std::uint8_t(std::countr_zero(x));
            if (leading >= 32)
                leading = 31; // 5 bits on the wire
            if (m_leading != 0xff && leading >= m_leading && trailing >= m_trailing) {
                m_bits.writeBit(false);
                m_bits.writeBits(x >> m_trailing, 64 - m_leading - m_trailing);
            } else {
                m_leading = leading;
                m_trailing = trailing;
                const int significant = 64 - leading - trailing;
                m_bits.writeBit(true);
                m_bits.writeBits(leading, 5);
                m_bits.writeBits(std::uint64_t(significant & 63), 6); // 64 is written as 0
                m_bits.writeBits(x >> trailing, significant);
            }
        }
    }
    m_t = timestampMs;
    m_valueBits = valueBits;
    ++m_count;
}

std::vector<std::uint8_t> ChunkEncoder::finish()
{
    BitWriter header;
    header.writeUvarint(m_count);
    std::vector<std::uint8_t> out = header.take();
    const std::vector<std::uint8_t>& body = m_bits.bytes();
    out.insert(out.end(), body.begin(), body.end());
    *this = ChunkEncoder();
    return out;
}

std::vector<std::uint8_t> encodeChunk(std::span<const metricmath::Point> points)
{
    ChunkEncoder encoder;
    for (const metricmath::Point& point : points)
        encoder.append(point.timestampMs, point.value);
    return encoder.finish();
}

bool decodeChunk(std::span<const std::uint8_t> chunk, std::vector<metricmath::Point>* out)
{
    const std::size_t before = out->size();
    const auto fail = [&] {
        out->resize(before);
        return false;
    };
    BitReader bits(chunk);
    std::uint64_t count = 0;
    // Every sample takes at least one bit, which bounds a damaged count before reserving.
    if (!bits.readUvarint(&count) || count > chunk.size() * 8)
        return fail();
    out->reserve(before + count);
    std::int64_t t = 0;
    std::uint64_t delta = 0;
    std::uint64_t valueBits = 0;
    std::uint8_t leading = 0;
    std::uint8_t trailing = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (i == 0) {
            if (!bits.readVarint(&t) || !bits.readBits(64, &valueBits))
                return fail();
            out->push_back({t, std::bit_cast<double>(valueBits)});
            continue;
        }
        if (i == 1) {
            std::int64_t first = 0;
            if (!bits.readVarint(&first))
                return fail();
            delta = std::uint64_t(first);
        } else {
            int prefix = 0;
            for (int j = 0; j < 4; ++j) {
                bool bit = false;
                if (!bits.readBit(&bit))
                    return fail();
                if (!bit)
                    break;
                ++prefix;
            }
            static constexpr int widths[] = {0, 14, 17, 20, 64};
            const int width = widths[prefix];
            std::uint64_t raw = 0;
            if (width > 0 && !bits.readBits(width, &raw))
                return fail();
            std::int64_t dod = 0;
            if (width == 64) {
                dod = std::int64_t(raw);
            } else if (width > 0) {
                // Values above 2^(width-1) are negative numbers (see fits()).
                dod = raw > (std::uint64_t(1) << (width - 1)) ? std::int64_t(raw) - (std::int64_t(1) << width)
                                                              : std::int64_t(raw);
            }
            delta += std::uint64_t(dod);
        }
        t = std::int64_t(std::uint64_t(t) + delta);

        bool changed = false;
        if (!bits.readBit(&changed))
            return fail();
        if (changed) {
            bool newWindow = false;
            if (!bits.readBit(&newWindow))
                return fail();
            if (newWindow) {
                std::uint64_t lead = 0;
                std::uint64_t significant = 0;
                if (!bits.readBits(5, &lead) || !bits.readBits(6, &significant))
                    return fail();
                if (significant == 0)
                    significant = 64;
                if (lead + significant > 64)
                    return fail();
                leading = std::uint8_t(lead);
                trailing = std::uint8_t(64 - lead - significant);
            }
            std::uint64_t x = 0;
            if (!bits.readBits(64 - leading - trailing, &x))
                return fail();
            valueBits ^= x << trailing;
        }
        out->push_back({t, std::bit_cast<double>(valueBits)});
    }
    return true;
}

} // namespace store
