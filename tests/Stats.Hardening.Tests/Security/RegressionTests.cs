using System.Net;
using System.Text;

namespace Stats.Hardening.Tests.Security;

/// <summary>Product fixes found by the security checks of issue 10, each pinned on its own.</summary>
[Collection(SecurityCollection.Name)]
public sealed class RegressionTests(SecurityWarehouse warehouse)
{
    /// <summary>Routing took /odata/Vintage/$count for the vintage route /odata/vintage/{vintage} (literals match in any case) and answered 400.</summary>
    [Fact]
    public async Task Issue_10_the_Vintage_set_is_counted_at_the_root_like_every_other_set()
    {
        using var response = await warehouse.Http.GetAsync(new Uri("odata/Vintage/$count", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("1");
        using var notANumber = await warehouse.Http.GetAsync(new Uri("odata/vintage/abc", UriKind.Relative));
        notANumber.StatusCode.Should().Be(HttpStatusCode.BadRequest, "a vintage route with a vintage that is not a number is still answered by name");
    }

    /// <summary>A multipart upload cut before its closing boundary made MultipartReader throw an IOException, answered 500.</summary>
    [Fact]
    public async Task Issue_10_a_multipart_upload_cut_before_its_closing_boundary_is_a_bad_request()
    {
        var body = new ByteArrayContent(Encoding.ASCII.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"police_victims_2025_cut.csv\"\r\n\r\nx;y\n1;2"));
        body.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        using var request = SecurityHttp.Post("/intake/" + SecurityWarehouse.Contract, body, warehouse.Keys.Agency);
        using var response = await warehouse.Http.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("BadMultipartBody").And.Contain("closing boundary");
        Directory.EnumerateFiles(Path.Combine(warehouse.DataPath, "inbox", SecurityWarehouse.Contract), "*cut*", SearchOption.AllDirectories).Should().BeEmpty("a refused upload leaves nothing behind");
    }
}
