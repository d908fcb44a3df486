using System.Net.Http.Headers;
using System.Text.Json;

namespace Stats.Hardening.Tests.Security;

/// <summary>Uploads a delivery file and waits, through GET /admin/runs, until the pull jobs it started have finished.</summary>
internal static class UploadRuns
{
    public static HttpRequestMessage Raw(string file, string name, string key)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return SecurityHttp.Post($"/intake/{SecurityWarehouse.Contract}?fileName={Uri.EscapeDataString(name)}", content, key);
    }

    /// <summary>A multipart upload with the key as the api_key parameter (Power BI's "Web API key" way).</summary>
    public static HttpRequestMessage MultipartWithQueryKey(string file, string name, string key)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(File.ReadAllBytes(file));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(part, "file", name);
        return SecurityHttp.Post($"/intake/{SecurityWarehouse.Contract}?api_key={Uri.EscapeDataString(key)}", form);
    }

    /// <summary>Until every upload-triggered pull of the contract has finished, at least <paramref name="atLeast"/> of them, and the inbox holds no waiting file.</summary>
    public static async Task WaitAsync(HttpClient http, string adminKey, string inbox, int atLeast, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            using var request = SecurityHttp.Get($"/admin/runs?job=pull:{SecurityWarehouse.Contract}&limit=500", adminKey);
            using var response = await http.SendAsync(request);
            using var runs = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var uploads = runs.RootElement.EnumerateArray().Where(r => r.GetProperty("trigger").GetString() == "upload").ToList();
            var waiting = Directory.Exists(inbox) && Directory.EnumerateFiles(inbox).Any(f => !f.EndsWith(".ready", StringComparison.Ordinal));
            if (uploads.Count >= atLeast && uploads.All(r => r.GetProperty("outcome").GetString() != "running") && !waiting)
            {
                return;
            }

            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"The upload runs of {SecurityWarehouse.Contract} did not finish within {timeout}: {runs.RootElement}");
            }

            await Task.Delay(300);
        }
    }
}
