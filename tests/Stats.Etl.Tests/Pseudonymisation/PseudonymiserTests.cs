using System.Security.Cryptography;
using System.Text;
using Stats.Etl.Pseudonymisation;

namespace Stats.Etl.Tests.Pseudonymisation;

public sealed class PseudonymiserTests : IDisposable
{
    private const string SecretText = "test national secret for the pseudonymiser, 48 bytes";
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Quasi_identifiers_become_one_key_column_and_identifying_columns_are_dropped()
    {
        var raw = """
            case_ref;surname;given_name;date_of_birth;sex;country_of_birth;phone;age;remark
            K-1;Müller;Anna-Maria;04.07.1990;w;AUT;+43 1 234;34;"said ""hello""; left"
            K-2;  MULLER ;anna maria;1990-07-04;F;at;;34;
            "K;3";Ştefănescu;Ion;1.2.2005;m;RO;0664 1;19;"two
            lines"
            """;
        var request = Write(raw);

        var result = await new Pseudonymiser().RunAsync(request, CancellationToken.None);

        result.RowsWritten.Should().Be(3);
        result.Delimiter.Should().Be(';');
        result.OutputColumns.Should().Equal("case_ref", "person_pseudonym", "sex", "age");
        result.DroppedColumns.Should().Equal("surname", "given_name", "date_of_birth", "country_of_birth", "phone", "remark");
        var anna = Key("thb-link-v1\u001FMULLER\u001FANNA MARIA\u001F1990-07-04\u001FF\u001FAT");
        var ion = Key("thb-link-v1\u001FSTEFANESCU\u001FION\u001F2005-02-01\u001FM\u001FRO");
        (await File.ReadAllTextAsync(request.OutputCsv)).Should().Be(
            "case_ref;person_pseudonym;sex;age\n" +
            $"K-1;{anna};w;34\n" +
            $"K-2;{anna};F;34\n" +
            $"\"K;3\";{ion};m;19\n");
    }

    [Fact]
    public async Task Comma_delimited_input_with_byte_order_mark_and_crlf_is_detected()
    {
        var request = Write("\uFEFFgiven_name,surname,dob,gender,birth_country,region\r\nEva,Huber,19850312,female,AT,AT130\r\n", bom: false);

        var result = await new Pseudonymiser().RunAsync(request, CancellationToken.None);

        result.Delimiter.Should().Be(',');
        var eva = Key("thb-link-v1\u001FHUBER\u001FEVA\u001F1985-03-12\u001FF\u001FAT");
        (await File.ReadAllTextAsync(request.OutputCsv)).Should().Be($"person_pseudonym,gender,region\n{eva},female,AT130\n");
    }

    [Fact]
    public async Task Sex_column_is_dropped_when_asked()
    {
        var request = Write("surname,given_name,date_of_birth,sex,country_of_birth,age\nHuber,Eva,1985-03-12,F,AT,39\n") with { KeepSexColumn = false };

        var result = await new Pseudonymiser().RunAsync(request, CancellationToken.None);

        result.OutputColumns.Should().Equal("person_pseudonym", "age");
        result.DroppedColumns.Should().Contain("sex");
    }

    [Fact]
    public async Task Impossible_birth_date_fails_naming_row_and_column_but_not_the_value_and_leaves_no_output()
    {
        var request = Write("surname;given_name;date_of_birth;sex;country_of_birth\nHuber;Eva;1985-03-12;F;AT\nGruber;Max;29.02.2023;M;AT\n");

        var act = () => new Pseudonymiser().RunAsync(request, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<PseudonymisationException>()).Which;
        error.Message.Should().Contain("Row 2").And.Contain("date_of_birth").And.NotContain("29.02.2023").And.NotContain("Gruber");
        File.Exists(request.OutputCsv).Should().BeFalse();
        Directory.GetFiles(_dir.Path).Should().NotContain(f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Secret_may_be_given_as_hex()
    {
        var secretBytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var request = Write("surname,given_name,date_of_birth,sex,country_of_birth\nHuber,Eva,1985-03-12,F,AT\n");
        await File.WriteAllTextAsync(request.SecretFile, "hex:" + Convert.ToHexString(secretBytes) + "\n");

        await new Pseudonymiser().RunAsync(request, CancellationToken.None);

        using var hmac = new HMACSHA256(secretBytes);
        var expected = Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes("thb-link-v1\u001FHUBER\u001FEVA\u001F1985-03-12\u001FF\u001FAT")));
        (await File.ReadAllTextAsync(request.OutputCsv)).Should().Be($"person_pseudonym,sex\n{expected},F\n");
    }

    [Fact]
    public async Task Short_secret_is_refused_without_printing_it()
    {
        var request = Write("surname,given_name,date_of_birth,sex,country_of_birth\nHuber,Eva,1985-03-12,F,AT\n");
        await File.WriteAllTextAsync(request.SecretFile, "tiny-secret");

        var act = () => new Pseudonymiser().RunAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<PseudonymisationException>()).Which.Message
            .Should().Contain(request.SecretFile).And.Contain("32 bytes").And.NotContain("tiny-secret");
    }

    [Fact]
    public async Task Missing_quasi_identifier_column_is_reported()
    {
        var request = Write("surname,date_of_birth,sex,country_of_birth\nHuber,1985-03-12,F,AT\n");

        var act = () => new Pseudonymiser().RunAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<PseudonymisationException>()).Which.Message.Should().Contain("given name");
    }

    [Fact]
    public async Task Row_with_a_wrong_number_of_fields_is_reported()
    {
        var request = Write("surname,given_name,date_of_birth,sex,country_of_birth\nHuber,Eva,1985-03-12,F\n");

        var act = () => new Pseudonymiser().RunAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<PseudonymisationException>()).Which.Message.Should().Contain("Row 1").And.Contain("4 fields");
    }

    [Fact]
    public async Task Input_that_is_not_utf8_is_refused()
    {
        var request = Write(string.Empty);
        await File.WriteAllBytesAsync(request.InputCsv, Encoding.Latin1.GetBytes("surname,given_name,date_of_birth,sex,country_of_birth\nMüller,Eva,1985-03-12,F,AT\n"));

        var act = () => new Pseudonymiser().RunAsync(request, CancellationToken.None);

        (await act.Should().ThrowAsync<PseudonymisationException>()).Which.Message.Should().Contain("UTF-8");
    }

    [Fact]
    public async Task Many_rows_stream_through_with_one_key_per_distinct_person()
    {
        var builder = new StringBuilder("surname,given_name,date_of_birth,sex,country_of_birth\n");
        for (var i = 0; i < 20_000; i++)
        {
            // 1,000 distinct persons, each written in two spellings, ten times.
            var person = i % 1000;
            builder.Append(i % 2 == 0 ? $"Name{person},Eva,1985-03-12,F,AT\n" : $" name{person} ,EVA,12.03.1985,w,AUT\n");
        }

        var request = Write(builder.ToString());

        var result = await new Pseudonymiser().RunAsync(request, CancellationToken.None);

        result.RowsWritten.Should().Be(20_000);
        var keys = (await File.ReadAllLinesAsync(request.OutputCsv)).Skip(1).Select(l => l.Split(',')[0]).ToList();
        keys.Distinct().Should().HaveCount(1000);
    }

    private PseudonymiseRequest Write(string csv, bool bom = false)
    {
        var request = new PseudonymiseRequest(_dir.File("secret.txt"), _dir.File("raw.csv"), _dir.File("delivery.csv"));
        File.WriteAllText(request.SecretFile, "  " + SecretText + "\n");
        File.WriteAllText(request.InputCsv, csv.ReplaceLineEndings("\n") + (csv.EndsWith('\n') ? string.Empty : "\n"), new UTF8Encoding(bom));
        return request;
    }

    private static string Key(string canonical)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(SecretText));
        return Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));
    }
}
