#include "chunkcodec.h"

#include <bit>
#include <cmath>

namespace store {
namespace {

constexpr double maxExactInteger = 9007199254740992.0; // 2^53

// As Prometheus' bitRange: x fits in `bits` bits, two's complement with one extra positive value.
bool fits(std::int64_t x, int bits)
{
    return -((std::int64_t(1) << (bits - 1)) - 1) <= x && x <= (std::int64_t(1) << (bits - 1));
}

// Reads back what fits() let through: values above 2^(width-1) are negative numbers.
std::int64_t signedOf(std::uint64_t raw, int width)
{
    if (width == 64)
        return std::int64_t(raw);
    return raw > (std::uint64_t(1) << (width - 1)) ? std::int64_t(raw) - (std::int64_t(1) << width)
                                                   : std::int64_t(raw);
}

std::uint64_t bitsOf(double value)
{
    return std::bit_cast<std::uint64_t>(value);
}

// A prefix of up to `maxPrefix` one bits ended by a zero (or by reaching maxPrefix) picks a
// bucket; widths[prefix] payload bits follow. widths[0] is 0: a lone zero bit means "0".
struct Buckets
{
    const int* widths;
    int maxPrefix;
};
constexpr int timestampWidths[] = {0, 7, 14, 20, 64};
constexpr Buckets timestampBuckets{timestampWidths, 4};
constexpr int integerWidths[] = {0, 3, 7, 16, 32, 64};
constexpr Buckets integerBuckets{integerWidths, 5};

int bucketOf(std::int64_t x, const Buckets& buckets)
{
    if (x == 0)
        return 0;
    for (int prefix = 1; prefix < buckets.maxPrefix; ++prefix) {
        if (fits(x, buckets.widths[prefix]))
            return prefix;
    }
    return buckets.maxPrefix;
}

int costOf(std::int64_t x, const Buckets& buckets)
{
    const int prefix = bucketOf(x, buckets);
    return (prefix == buckets.maxPrefix ? prefix : prefix + 1) + buckets.widths[prefix];
}

void writeBucketed(BitWriter& bits, std::int64_t x, const Buckets& buckets)
{
    const int prefix = bucketOf(x, buckets);
    // `prefix` ones, then a terminating zero unless the prefix is the longest.
    const int prefixBits = prefix == buckets.maxPrefix ? prefix : prefix + 1;
    bits.writeBits(((std::uint64_t(1) << prefix) - 1) << (prefixBits - prefix), prefixBits);
    if (buckets.widths[prefix] > 0)
        bits.writeBits(std::uint64_t(x), buckets.widths[prefix]);
}

bool readBucketed(BitReader& bits, const Buckets& buckets, std::int64_t* x)
{
    int prefix = 0;
    while (prefix < buckets.maxPrefix) {
        bool bit = false;
        if (!bits.readBit(&bit))
            return false;
        if (!bit)
            break;
        ++prefix;
    }
    const int width = buckets.widths[prefix];
    std::uint64_t raw = 0;
    if (width > 0 && !bits.readBits(width, &raw))
        return false;
    *x = width > 0 ? signedOf(raw, width) : 0;
    return true;
}

bool isWholeNumber(double v)
{
    return std::abs(v) <= maxExactInteger && v == std::trunc(v) && !(v == 0 && std::signbit(v));
}

} // namespace

ChunkEncoder::ChunkEncoder(ValueEncoding encoding)
    : m_encoding(encoding)
{
}

void ChunkEncoder::append(std::int64_t timestampMs, double value)
{
    appendTimestamp(timestampMs);
    if (m_encoding == ValueEncoding::Xor)
        appendXor(value);
    else
        appendInteger(value);
    ++m_count;
}

void ChunkEncoder::appendTimestamp(std::int64_t timestampMs)
{
    if (m_count == 0) {
        m_bits.writeVarint(timestampMs);
    } else {
        const std::uint64_t delta = std::uint64_t(timestampMs) - std::uint64_t(m_t);
        if (m_count == 1)
            m_bits.writeVarint(std::int64_t(delta));
        else
            writeBucketed(m_bits, std::int64_t(delta - m_delta), timestampBuckets);
        m_delta = delta;
    }
    m_t = timestampMs;
}

void ChunkEncoder::appendXor(double value)
{
    const std::uint64_t valueBits = bitsOf(value);
    if (m_count == 0) {
        m_bits.writeBits(valueBits, 64);
    } else {
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
    m_valueBits = valueBits;
}

void ChunkEncoder::appendInteger(double value)
{
    // Callers check isWholeNumber() (chooseValueEncoding); |value| <= 2^53 keeps deltas exact.
    const auto v = std::int64_t(value);
    if (m_count == 0) {
        m_bits.writeVarint(v);
    } else {
        const std::int64_t delta = v - m_intValue;
        if (m_encoding == ValueEncoding::IntDelta || m_count == 1)
            writeBucketed(m_bits, delta, integerBuckets);
        else
            writeBucketed(m_bits, delta - m_intDelta, integerBuckets);
        m_intDelta = delta;
    }
    m_intValue = v;
}

std::vector<std::uint8_t> ChunkEncoder::finish()
{
    BitWriter header;
    header.writeUvarint(std::uint64_t(m_count) << 2 | std::uint64_t(m_encoding));
    std::vector<std::uint8_t> out = header.take();
    const std::vector<std::uint8_t>& body = m_bits.bytes();
    out.insert(out.end(), body.begin(), body.end());
    *this = ChunkEncoder(m_encoding);
    return out;
}

ValueEncoding chooseValueEncoding(std::span<const metricmath::Point> points)
{
    for (const metricmath::Point& point : points) {
        if (!isWholeNumber(point.value))
            return ValueEncoding::Xor;
    }
    // Both integer encodings are costed exactly; XOR is never smaller on whole numbers but for
    // a constant series, where all three cost one bit a sample.
    std::int64_t deltaCost = 0;
    std::int64_t dodCost = 0;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const auto delta = std::int64_t(points[i].value) - std::int64_t(points[i - 1].value);
        deltaCost += costOf(delta, integerBuckets);
        if (i == 1) {
            dodCost += costOf(delta, integerBuckets);
        } else {
            const auto previous = std::int64_t(points[i - 1].value) - std::int64_t(points[i - 2].value);
            dodCost += costOf(delta - previous, integerBuckets);
        }
    }
    return dodCost < deltaCost ? ValueEncoding::IntDeltaOfDelta : ValueEncoding::IntDelta;
}

std::vector<std::uint8_t> encodeChunk(std::span<const metricmath::Point> points)
{
    ChunkEncoder encoder(chooseValueEncoding(points));
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
    std::uint64_t header = 0;
    if (!bits.readUvarint(&header) || (header & 3) > 2)
        return fail();
    const auto encoding = ValueEncoding(header & 3);
    const std::uint64_t count = header >> 2;
    // Every sample takes at least one bit, which bounds a damaged count before reserving.
    if (count > chunk.size() * 8)
        return fail();
    out->reserve(before + count);
    std::int64_t t = 0;
    std::uint64_t delta = 0;
    std::uint64_t valueBits = 0;
    std::uint8_t leading = 0;
    std::uint8_t trailing = 0;
    std::int64_t intValue = 0;
    std::int64_t intDelta = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (i == 0) {
            if (!bits.readVarint(&t))
                return fail();
        } else if (i == 1) {
            std::int64_t first = 0;
            if (!bits.readVarint(&first))
                return fail();
            delta = std::uint64_t(first);
            t = std::int64_t(std::uint64_t(t) + delta);
        } else {
            std::int64_t dod = 0;
            if (!readBucketed(bits, timestampBuckets, &dod))
                return fail();
            delta += std::uint64_t(dod);
            t = std::int64_t(std::uint64_t(t) + delta);
        }

        if (encoding != ValueEncoding::Xor) {
            std::int64_t x = 0;
            if (i == 0 ? !bits.readVarint(&x) : !readBucketed(bits, integerBuckets, &x))
                return fail();
            if (i == 0) {
                intValue = x;
            } else {
                intDelta = encoding == ValueEncoding::IntDelta || i == 1
                               ? x
                               : std::int64_t(std::uint64_t(intDelta) + std::uint64_t(x));
                intValue = std::int64_t(std::uint64_t(intValue) + std::uint64_t(intDelta));
            }
            if (std::abs(double(intValue)) > maxExactInteger)
                return fail();
            out->push_back({t, double(intValue)});
            continue;
        }

        if (i == 0) {
            if (!bits.readBits(64, &valueBits))
                return fail();
        } else {
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
        }
        out->push_back({t, std::bit_cast<double>(valueBits)});
    }
    return true;
}

} // namespace store
