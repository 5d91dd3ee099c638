#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace store {

// Big-endian bit packing for the chunk codec (bit 7 of a byte is written first, as in
// Prometheus' tsdb/chunkenc/bstream.go).
class BitWriter
{
public:
    void writeBit(bool bit) { writeBits(bit ? 1u : 0u, 1); }
    // Writes the low `count` bits of `value` (count 0..64), most significant first.
    void writeBits(std::uint64_t value, int count);
    void writeByte(std::uint8_t byte) { writeBits(byte, 8); }
    void writeUvarint(std::uint64_t value);
    void writeVarint(std::int64_t value); // zigzag
    // The bytes written so far, the last one padded with zero bits.
    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    std::vector<std::uint8_t> take() { return std::move(m_bytes); }

private:
    std::vector<std::uint8_t> m_bytes;
    int m_freeBits = 0; // unused low bits of m_bytes.back()
};

// Reads what BitWriter wrote; every read is bounds-checked so a damaged blob gives an error,
// never a read past the end.
class BitReader
{
public:
    explicit BitReader(std::span<const std::uint8_t> bytes)
        : m_bytes(bytes)
    {
    }
    bool readBit(bool* bit);
    bool readBits(int count, std::uint64_t* value);
    bool readUvarint(std::uint64_t* value);
    bool readVarint(std::int64_t* value);

private:
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_bitPos = 0;
};

} // namespace store
