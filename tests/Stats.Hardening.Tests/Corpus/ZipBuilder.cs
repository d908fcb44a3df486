using System.IO.Compression;
using System.Text;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>
/// Writes a zip archive by hand, so that a part can be a zip bomb: its deflate stream is one compressed block of a
/// mebibyte repeated thousands of times (each block compressed alone and ended by a sync flush, so the copies follow one
/// another byte-aligned), and its declared sizes and CRC are those of the inflated gigabytes, or a lie.
/// </summary>
internal sealed class ZipBuilder
{
    private readonly MemoryStream _out = new();
    private readonly List<(byte[] Name, uint Crc, uint Compressed, uint Uncompressed, uint Offset)> _entries = [];

    /// <summary>A part deflated as it is.</summary>
    public void Add(string name, byte[] content) =>
        Write(name, Deflate(content, final: true), Crc32.Of(content), (uint)content.Length);

    /// <summary>
    /// A part inflating to <paramref name="prefix"/>, <paramref name="block"/> × <paramref name="copies"/>, <paramref name="suffix"/>;
    /// <paramref name="declaredSize"/> (when given) replaces the true size in the headers.
    /// </summary>
    public void AddRepeated(string name, string prefix, byte[] block, int copies, string suffix, uint? declaredSize = null, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        var head = Encoding.UTF8.GetBytes(prefix);
        var tail = Encoding.UTF8.GetBytes(suffix);
        var blockDeflated = Deflate(block, final: false, level);
        using var data = new MemoryStream();
        data.Write(Deflate(head, final: false));
        for (var i = 0; i < copies; i++)
        {
            data.Write(blockDeflated);
        }

        data.Write(Deflate(tail, final: false));
        data.Write([0x03, 0x00]); // an empty final block with fixed codes
        var crc = Crc32.Combine(Crc32.Of(head), Crc32.Repeated(Crc32.Of(block), block.Length, copies), (long)block.Length * copies);
        crc = Crc32.Combine(crc, Crc32.Of(tail), tail.Length);
        var size = (long)head.Length + ((long)block.Length * copies) + tail.Length;
        Write(name, data.ToArray(), crc, declaredSize ?? checked((uint)size));
    }

    public byte[] Finish()
    {
        var directoryOffset = (uint)_out.Position;
        using var writer = new BinaryWriter(_out, Encoding.UTF8, leaveOpen: true);
        foreach (var e in _entries)
        {
            writer.Write(0x02014b50u);
            writer.Write((ushort)20);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write((ushort)8);
            writer.Write(0u); // time and date
            writer.Write(e.Crc);
            writer.Write(e.Compressed);
            writer.Write(e.Uncompressed);
            writer.Write((ushort)e.Name.Length);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(e.Offset);
            writer.Write(e.Name);
        }

        var directorySize = (uint)_out.Position - directoryOffset;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)_entries.Count);
        writer.Write((ushort)_entries.Count);
        writer.Write(directorySize);
        writer.Write(directoryOffset);
        writer.Write((ushort)0);
        writer.Flush();
        return _out.ToArray();
    }

    private void Write(string name, byte[] compressed, uint crc, uint uncompressed)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var offset = (uint)_out.Position;
        using var writer = new BinaryWriter(_out, Encoding.UTF8, leaveOpen: true);
        writer.Write(0x04034b50u);
        writer.Write((ushort)20);
        writer.Write((ushort)0);
        writer.Write((ushort)8);
        writer.Write(0u);
        writer.Write(crc);
        writer.Write((uint)compressed.Length);
        writer.Write(uncompressed);
        writer.Write((ushort)nameBytes.Length);
        writer.Write((ushort)0);
        writer.Write(nameBytes);
        writer.Write(compressed);
        _entries.Add((nameBytes, crc, (uint)compressed.Length, uncompressed, offset));
    }

    /// <summary>Raw deflate of <paramref name="content"/>; not final: ended by a sync flush (byte-aligned, more may follow).</summary>
    private static byte[] Deflate(byte[] content, bool final, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var buffer = new MemoryStream();
        var deflate = new DeflateStream(buffer, level, leaveOpen: true);
        deflate.Write(content);
        if (final)
        {
            deflate.Dispose();
            return buffer.ToArray();
        }

        deflate.Flush();
        var flushed = buffer.ToArray();
        deflate.Dispose();
        return flushed;
    }
}
