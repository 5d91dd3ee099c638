#include "bitstream.h"

namespace store {

void BitWriter::writeBits(std::uint64_t value, int count)
{
    while (count > 0) {
        if (m_freeBits == 0) {
            m_bytes.push_back(0);
            m_freeBits = 8;
        }
        const int take = count < m_freeBits ? count : m_freeBits;
        const std::uint64_t part = (value >> (count - take)) & ((std::uint64_t(1) << take) - 1);
        m_bytes.back() = std::uint8_t(m_bytes.back() | (part << (m_freeBits - take)));
        m_freeBits -= take;
        count -= take;
    }
}

void BitWriter::writeUvarint(std::uint64_t value)
{
    while (value >= 0x80) {
        writeByte(std::uint8_t(value | 0x80));
        value >>= 7;
    }
    writeByte(std::uint8_t(value));
}

void BitWriter::writeVarint(std::int64_t value)
{
    writeUvarint((std::uint64_t(value) << 1) ^ std::uint64_t(value >> 63));
}

bool BitReader::readBit(bool* bit)
{
    if (m_bitPos >= m_bytes.size() * 8)
        return false;
    *bit = (m_bytes[m_bitPos / 8] >> (7 - m_bitPos % 8)) & 1;
    ++m_bitPos;
    return true;
}

bool BitReader::readBits(int count, std::uint64_t* value)
{
    if (m_bitPos + std::size_t(count) > m_bytes.size() * 8)
        return false;
    std::uint64_t out = 0;
    while (count > 0) {
        const int offset = int(m_bitPos % 8);
        const int available = 8 - offset;
        const int take = count < available ? count : available;
        const std::uint64_t byte = m_bytes[m_bitPos / 8];
        out = (out << take) | ((byte >> (available - take)) & ((1u << take) - 1));
        m_bitPos += std::size_t(take);
        count -= take;
    }
    *value = out;
    return true;
}

bool BitReader::readUvarint(std::uint64_t* value)
{
    std::uint64_t out = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        std::uint64_t byte = 0;
        if (!readBits(8, &byte))
            return false;
        out |= (byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *value = out;
            return true;
        }
    }
    return false;
}

bool BitReader::readVarint(std::int64_t* value)
{
    std::uint64_t raw = 0;
    if (!readUvarint(&raw))
        return false;
    *value = std::int64_t(raw >> 1) ^ -std::int64_t(raw & 1);
    return true;
}

} // namespace store
