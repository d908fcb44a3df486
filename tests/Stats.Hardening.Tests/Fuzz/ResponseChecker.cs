using System.Globalization;
using System.Text;
using System.Text.Json;
using Stats.Warehouse.OData;
using Stats.Warehouse.OData.Apply;

namespace Stats.Hardening.Tests.Fuzz;

/// <summary>
/// The checks on every fuzzed response: an allowed status (never a 5xx), 414 past the URL limit, no page longer than the
/// page size (no $apply result past its group limit), a bad key never read anything, and — for the public role — no set
/// outside the public model, no value on a suppressed cell and no count cell between 1 and k−1. The cells are recognised
/// from the response's own context URL (…/$metadata#Indicator_V04(…)), so mutated paths are checked like the others.
/// </summary>
internal sealed class ResponseChecker(FuzzWarehouse warehouse, FuzzFigures figures)
{
    public static readonly IReadOnlySet<int> Allowed = new HashSet<int> { 200, 400, 401, 403, 404, 413, 414, 429, 501 };

    private static readonly int MaxGroups = new ApplyLimits().MaxGroups;

    private readonly HashSet<string> _publicSets = warehouse.SetsByRole[ODataRole.Public].Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    public List<string> Check(FuzzRequest request, RawResponse response)
    {
        var failures = new List<string>();
        void Fail(string what) => failures.Add($"{what}\n    {request}\n    answered {response.Status}: {Snippet(response.Body)}");

        if (response.Status == 0)
        {
            Fail("no HTTP answer (connection closed or reset)");
            return failures;
        }

        if (!Allowed.Contains(response.Status))
        {
            Fail($"status {response.Status} is not allowed");
        }

        if (request.OverUrlLimit)
        {
            Interlocked.Increment(ref figures.OverLimit);
            if (response.Status == 414)
            {
                Interlocked.Increment(ref figures.OverLimitAnswered414);
            }
            else
            {
                Fail("a target over the URL limit was not answered 414");
            }
        }

        if (response.Status != 200)
        {
            return failures;
        }

        if (request.Role == FuzzRole.BadKey && request.Headers.Count > 0)
        {
            Fail("a request with a bad key was answered 200");
        }

        if (response.ContentType.StartsWith("text/plain", StringComparison.Ordinal)
            && !long.TryParse(Encoding.UTF8.GetString(response.Body), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            Fail("a 200 count that is not a number");
        }

        if (response.ContentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            CheckJson(request, response.Body, Fail);
        }

        return failures;
    }

    private void CheckJson(FuzzRequest request, byte[] body, Action<string> fail)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            fail("a 200 JSON body that does not parse: " + e.Message);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var url = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("@odata.context", out var context) ? context.GetString() ?? "" : "";
            var hash = url.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0 || !root.TryGetProperty("value", out var rows))
            {
                return; // The service document: no rows.
            }

            var name = new string([.. url[(hash + 1)..].TakeWhile(c => c is not ('(' or '/' or '$'))]);
            var set = warehouse.AllSets.FirstOrDefault(s => s.Name == name);
            if (set is null)
            {
                fail($"a 200 page of '{name}', which is no set of the model");
                return;
            }

            CheckSize(set, rows.GetArrayLength(), fail);
            if (request.Role is FuzzRole.Anonymous or FuzzRole.Public)
            {
                if (!_publicSets.Contains(set.Name))
                {
                    fail($"the public role read '{set.Name}', which is not in its model");
                }

                new PublicCellCheck(warehouse.CellRules, figures).Check(set, rows, fail);
            }
            else
            {
                new PublicCellCheck(warehouse.CellRules, figures).CountSmallValues(set, rows);
            }
        }
    }

    private void CheckSize(FlatEntitySet set, int rows, Action<string> fail)
    {
        if (set.Disclosure is not null)
        {
            Interlocked.Increment(ref figures.ApplyResults);
            figures.Max(ref figures.MaxApplyRows, rows);
            if (rows > MaxGroups)
            {
                fail($"an $apply result of {rows} rows, over the limit of {MaxGroups} groups");
            }

            return;
        }

        Interlocked.Increment(ref figures.Pages);
        figures.Max(ref figures.MaxPageRows, rows);
        if (rows == FuzzWarehouse.PageSize)
        {
            Interlocked.Increment(ref figures.FullPages);
        }

        if (rows > FuzzWarehouse.PageSize)
        {
            fail($"a page of {rows} rows, over the page size of {FuzzWarehouse.PageSize}");
        }
    }

    private static string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
        return body.Length > 400 ? text + "…" : text;
    }
}
