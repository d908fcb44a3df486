using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;

namespace Stats.Hardening.Tests.Concurrency;

/// <summary>
/// One client reading while vintages are published, until told to stop: the V04 total cell, the same cell of an older
/// vintage by its /vintage/{id} route, the Vintage set, $metadata, all V04 cells read to the end through next links (with
/// $count), and for an analyst the 2025 persons through $apply. Every response must be a 200 naming its vintage, and its
/// figures must be that vintage's (<see cref="PoliceDeliveries"/>); a page sequence must stay in the vintage of its first
/// page. Anything else is recorded as a failure, never thrown.
/// </summary>
internal sealed class VintageReader(HttpClient http, bool analyst, string totalCellKey, ReadObservations observations, int seed)
{
    private readonly Random _random = new(seed);

    private string Role => analyst ? "analyst" : "public";

    /// <summary>
    /// A client's think time between requests: many clients reading, not a load test. A V04 page costs about 25 ms of CPU
    /// (measured here: the cube's relation joins a label per dimension), so sixteen clients without a pause would hold both
    /// cores of a CI machine and starve the publisher they are meant to overlap.
    /// </summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(Pause, CancellationToken.None);
            try
            {
                await (_random.Next(analyst ? 6 : 5) switch
                {
                    0 => TotalAsync(),
                    1 => OlderAsync(),
                    2 => VintageAsync(),
                    3 => MetadataAsync(),
                    4 => PagesAsync(),
                    _ => PersonsAsync(),
                });
            }
            catch (Exception e) when (e is HttpRequestException or IOException or SocketException or TaskCanceledException or JsonException or FormatException)
            {
                observations.Fail($"{Role}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private async Task TotalAsync()
    {
        var (vintage, rows, _) = await GetAsync("total", $"Indicator_V04?$filter=CellKey eq '{totalCellKey}'&$select=CellKey,Value");
        if (vintage is { } v && !(rows.Count == 1 && rows[0].GetProperty("Value").GetDouble() == PoliceDeliveries.RegisteredVictims(v)))
        {
            observations.Fail($"{Role}: the V04 total of vintage {v} should be {PoliceDeliveries.RegisteredVictims(v)}, got {string.Join(", ", rows)}");
        }
    }

    /// <summary>An older vintage by route while newer ones are published (its model may have left the cache meanwhile).</summary>
    private async Task OlderAsync()
    {
        var older = _random.Next(1, observations.Vintages.Keys.DefaultIfEmpty(1).Max() + 1);
        var (vintage, rows, _) = await GetAsync("older", $"vintage/{older}/Indicator_V04?$filter=CellKey eq '{totalCellKey}'&$select=CellKey,Value");
        if (vintage is { } v && !(v == older && rows.Count == 1 && rows[0].GetProperty("Value").GetDouble() == PoliceDeliveries.RegisteredVictims(v)))
        {
            observations.Fail($"{Role}: vintage/{older} answered as vintage {v} with {string.Join(", ", rows)}, not {PoliceDeliveries.RegisteredVictims(older)}");
        }
    }

    private async Task MetadataAsync()
    {
        observations.Request("metadata");
        using var response = await http.GetAsync(new Uri("$metadata", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var header = response.Headers.TryGetValues("X-Stats-Vintage", out var values) ? values.Single() : null;
        if ((int)response.StatusCode != 200 || !int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var vintage)
            || !body.Contains("Name=\"Indicator_V04\"", StringComparison.Ordinal))
        {
            observations.Fail($"{Role} metadata: {(int)response.StatusCode} (vintage header {header ?? "none"}): {body[..Math.Min(300, body.Length)]}");
            return;
        }

        observations.Saw(vintage);
    }

    private async Task VintageAsync()
    {
        var (vintage, rows, _) = await GetAsync("vintage", "Vintage");
        if (vintage is { } v && !(rows.Count == 1 && rows[0].GetProperty("VintageId").GetInt32() == v))
        {
            observations.Fail($"{Role}: the Vintage set answered with header {v} holds {string.Join(", ", rows)}");
        }
    }

    private async Task PersonsAsync()
    {
        var (vintage, rows, _) = await GetAsync("apply", "Fact_VictimPersonYear?$apply=filter(Year eq 2025)/aggregate($count as N)");
        if (vintage is { } v && !(rows.Count == 1 && rows[0].GetProperty("N").GetInt64() == PoliceDeliveries.RegisteredVictims(v)))
        {
            observations.Fail($"{Role}: the 2025 person-years of vintage {v} should be {PoliceDeliveries.RegisteredVictims(v)}, got {string.Join(", ", rows)}");
        }
    }

    /// <summary>Every V04 cell, by next links (keyset tokens pinned to the first page's vintage).</summary>
    private async Task PagesAsync()
    {
        var url = "Indicator_V04?$select=CellKey,Value&$count=true" + (_random.Next(2) == 0 ? "&$orderby=Value desc" : "");
        var rows = new Dictionary<string, double?>(StringComparer.Ordinal);
        int? first = null;
        long? count = null;
        var pages = 0;
        for (string? next = url; next is not null; pages++)
        {
            var (vintage, page, document) = await GetAsync("page", next);
            if (vintage is not { } v)
            {
                return;
            }

            if ((first ??= v) != v)
            {
                observations.Fail($"{Role}: page {pages + 1} of a sequence begun in vintage {first} came from vintage {v}");
                return;
            }

            foreach (var row in page)
            {
                var value = row.GetProperty("Value");
                if (!rows.TryAdd(row.GetProperty("CellKey").GetString()!, value.ValueKind == JsonValueKind.Null ? null : value.GetDouble()))
                {
                    observations.Fail($"{Role}: cell {row.GetProperty("CellKey")} delivered twice in one sequence of vintage {v}");
                }
            }

            count ??= document.TryGetProperty("@odata.count", out var c) ? c.GetInt64() : null;
            next = document.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        if (count != rows.Count)
        {
            observations.Fail($"{Role}: a sequence of vintage {first} delivered {rows.Count} rows, its @odata.count said {count}");
        }

        observations.Sequences.Enqueue(new PageSequence(first!.Value, analyst, pages, rows));
    }

    /// <summary>One GET that must be a 200 naming its vintage: the vintage, the rows and the whole body (null vintage: failed, recorded).</summary>
    private async Task<(int? Vintage, List<JsonElement> Rows, JsonElement Document)> GetAsync(string kind, string url)
    {
        observations.Request(kind);
        using var response = await http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var body = await response.Content.ReadAsStringAsync();
        var header = response.Headers.TryGetValues("X-Stats-Vintage", out var values) ? values.Single() : null;
        if ((int)response.StatusCode != 200 || !int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var vintage))
        {
            observations.Fail($"{Role} {kind}: {(int)response.StatusCode} (vintage header {header ?? "none"}) for {url}: {body[..Math.Min(300, body.Length)]}");
            return (null, [], default);
        }

        observations.Saw(vintage);
        using var parsed = JsonDocument.Parse(body);
        var document = parsed.RootElement.Clone();
        return (vintage, document.GetProperty("value").EnumerateArray().ToList(), document);
    }
}
