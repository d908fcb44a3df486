using System.Text;
using Stats.Etl.Readers;

namespace Stats.Etl.Tests.Intake;

public sealed class FileScanTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Multi_byte_character_split_across_the_chunk_border_is_valid(int bytesBeforeBorder)
    {
        // "€" is 3 bytes and "😀" 4; place them so that the 1 MiB chunk border falls inside them.
        var prefix = new string('a', (1 << 20) - bytesBeforeBorder);
        var bytes = Encoding.UTF8.GetBytes(prefix + "€😀 tail\n");
        await File.WriteAllBytesAsync(_path, bytes);

        var result = await FileScan.ScanAsync(_path, text: true, CancellationToken.None);

        result.ValidText.Should().BeTrue();
        result.Length.Should().Be(bytes.Length);
        result.Sha256.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public async Task Truncated_character_at_the_end_of_the_file_is_invalid()
    {
        await File.WriteAllBytesAsync(_path, [.. "abc"u8, 0xE2, 0x82]);

        (await FileScan.ScanAsync(_path, text: true, CancellationToken.None)).ValidText.Should().BeFalse();
    }

    [Fact]
    public async Task Invalid_byte_far_after_the_first_chunk_is_found()
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', 3 << 20));
        bytes[(2 << 20) + 17] = 0xFF;
        await File.WriteAllBytesAsync(_path, bytes);

        (await FileScan.ScanAsync(_path, text: true, CancellationToken.None)).ValidText.Should().BeFalse();
    }

    [Fact]
    public void Code_point_border_is_found_for_each_sequence_length()
    {
        FileScan.CompleteCodePoints("ab"u8).Should().Be(2);
        FileScan.CompleteCodePoints([(byte)'a', 0xE2, 0x82]).Should().Be(1);
        FileScan.CompleteCodePoints([(byte)'a', 0xE2, 0x82, 0xAC]).Should().Be(4);
        FileScan.CompleteCodePoints([(byte)'a', 0xF0, 0x9F, 0x98]).Should().Be(1);
        FileScan.CompleteCodePoints([(byte)'a', 0xC3]).Should().Be(1);
    }
}
