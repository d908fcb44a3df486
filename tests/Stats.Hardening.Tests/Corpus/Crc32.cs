namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// CRC-32 (zip's polynomial) and zlib's crc32_combine, so that the zip bomb of a part inflating to gigabytes carries
/// the right checksum without those gigabytes ever being produced: the CRC of a block repeated n times is combined
/// from the block's own.
/// </summary>
internal static class Crc32
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> data, uint crc = 0)
    {
        crc = ~crc;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    /// <summary>CRC of <paramref name="copies"/> copies of a block (by doubling: a few dozen combines for thousands of copies).</summary>
    public static uint Repeated(uint blockCrc, long blockLength, long copies)
    {
        uint result = 0, power = blockCrc;
        long resultLength = 0, powerLength = blockLength;
        for (; copies > 0; copies >>= 1)
        {
            if ((copies & 1) != 0)
            {
                result = resultLength == 0 ? power : Combine(result, power, powerLength);
                resultLength += powerLength;
            }

            power = Combine(power, power, powerLength);
            powerLength *= 2;
        }

        return result;
    }

    /// <summary>CRC of A followed by B, from CRC(A), CRC(B) and B's length (zlib crc32_combine).</summary>
    public static uint Combine(uint crcA, uint crcB, long lengthB)
    {
        if (lengthB <= 0)
        {
            return crcA;
        }

        var even = new uint[32];
        var odd = new uint[32];
        odd[0] = Polynomial;
        uint row = 1;
        for (var n = 1; n < 32; n++)
        {
            odd[n] = row;
            row <<= 1;
        }

        Square(even, odd);
        Square(odd, even);
        do
        {
            Square(even, odd);
            if ((lengthB & 1) != 0)
            {
                crcA = Times(even, crcA);
            }

            lengthB >>= 1;
            if (lengthB == 0)
            {
                break;
            }

            Square(odd, even);
            if ((lengthB & 1) != 0)
            {
                crcA = Times(odd, crcA);
            }

            lengthB >>= 1;
        }
        while (lengthB != 0);

        return crcA ^ crcB;
    }

    private static uint Times(uint[] matrix, uint vector)
    {
        uint sum = 0;
        for (var i = 0; vector != 0; i++, vector >>= 1)
        {
            if ((vector & 1) != 0)
            {
                sum ^= matrix[i];
            }
        }

        return sum;
    }

    private static void Square(uint[] square, uint[] matrix)
    {
        for (var n = 0; n < 32; n++)
        {
            square[n] = Times(matrix, matrix[n]);
        }
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? Polynomial ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
