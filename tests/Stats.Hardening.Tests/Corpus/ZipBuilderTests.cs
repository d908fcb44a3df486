using System.IO.Compression;

namespace Stats.Hardening.Tests.Corpus;

/// <summary>The corpus's own tools: a repeated-block zip part inflates to exactly its declared bytes with the right CRC.</summary>
public sealed class ZipBuilderTests
{
    [Fact]
    public void A_repeated_block_part_inflates_to_prefix_blocks_and_suffix()
    {
        var block = new byte[1 << 20];
        new Random(7).NextBytes(block.AsSpan(0, 1000));
        var zip = new ZipBuilder();
        zip.Add("a.txt", "hello"u8.ToArray());
        zip.AddRepeated("b.xml", "<x>", block, 5, "</x>");
        using var archive = new ZipArchive(new MemoryStream(zip.Finish()), ZipArchiveMode.Read);

        var entry = archive.GetEntry("b.xml")!;
        using var inflated = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(inflated);
        }

        var expected = "<x>"u8.ToArray().Concat(Enumerable.Repeat(block, 5).SelectMany(b => b)).Concat("</x>"u8.ToArray()).ToArray();
        entry.Length.Should().Be(expected.Length);
        inflated.ToArray().Should().Equal(expected);
        entry.Crc32.Should().Be(Crc32.Of(expected));
        entry.CompressedLength.Should().BeLessThan(expected.Length / 50);
        new StreamReader(archive.GetEntry("a.txt")!.Open()).ReadToEnd().Should().Be("hello");
    }

    [Fact]
    public void Crc_combine_equals_the_crc_of_the_concatenation()
    {
        var a = "the quick brown fox"u8.ToArray();
        var b = "jumps over the lazy dog"u8.ToArray();

        Crc32.Combine(Crc32.Of(a), Crc32.Of(b), b.Length).Should().Be(Crc32.Of([.. a, .. b]));
        Crc32.Of("123456789"u8).Should().Be(0xCBF43926);
        Crc32.Repeated(Crc32.Of(a), a.Length, 7).Should().Be(Crc32.Of([.. Enumerable.Repeat(a, 7).SelectMany(x => x)]));
    }
}
