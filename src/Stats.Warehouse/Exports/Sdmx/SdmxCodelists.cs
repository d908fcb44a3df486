namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// The code lists of one sdmx-csv export. The CSV writer passes every value through them, so a code, unit or flag
/// combination lands in its code list the moment it is written and the structure can never miss one.
/// </summary>
internal sealed class SdmxCodelists
{
    private readonly Dictionary<string, SdmxCodelist> dimensions = new(StringComparer.Ordinal);

    public SdmxCodelists(SdmxDefinitions definitions, ExportContext context, string countryName)
    {
        Freq = new SdmxCodelist(SdmxNames.Freq, definitions.ConceptName(SdmxNames.Freq));
        foreach (var (code, name) in definitions.Frequencies)
        {
            Freq.Use(code, name);
        }

        foreach (var dimension in UsedDimensions(context))
        {
            var list = new SdmxCodelist(dimension.Id, dimension.Title);
            list.Use(SdmxNames.Total, "Total");
            foreach (var code in context.Codes.Where(c => c.Dimension == dimension.Id))
            {
                list.Use(code.Code, code.Label);
            }

            dimensions.Add(dimension.Id, list);
        }

        Unit = new SdmxCodelist(SdmxNames.Unit, definitions.ConceptName(SdmxNames.Unit));
        Geo = new SdmxCodelist(SdmxNames.Geo, definitions.ConceptName(SdmxNames.Geo));
        Geo.Use(context.Vintage.ReportingCountry, countryName);
        ObsFlag = new SdmxCodelist(SdmxNames.ObsFlag, definitions.ConceptName(SdmxNames.ObsFlag));
        foreach (var (flag, name) in ExportManifest.FlagLegend.Where(f => f.Key.Length == 1).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            ObsFlag.Use(flag, name);
        }

        ConfStatus = new SdmxCodelist(SdmxNames.ConfStatus, definitions.ConceptName(SdmxNames.ConfStatus));
        foreach (var status in ConfStatusCodes)
        {
            ConfStatus.Use(status, ExportManifest.FlagLegend["CONF_STATUS " + status]);
        }
    }

    /// <summary>F free, C primary, D secondary suppression: the statuses disclosure control gives a cell.</summary>
    public static readonly IReadOnlyList<string> ConfStatusCodes = ["F", "C", "D"];

    public SdmxCodelist Freq { get; }
    public SdmxCodelist Unit { get; }
    public SdmxCodelist Geo { get; }
    public SdmxCodelist ObsFlag { get; }
    public SdmxCodelist ConfStatus { get; }

    /// <summary>Every code list in the order the structure lists them.</summary>
    public IEnumerable<SdmxCodelist> All => [Freq, .. dimensions.Values, Unit, Geo, ObsFlag, ConfStatus];

    public SdmxCodelist Dimension(string id) => dimensions[id];

    /// <summary>The code list of a DSD dimension by its id (freq, a breakdown, unit or geo).</summary>
    public SdmxCodelist ForDimension(string id) => id switch
    {
        SdmxNames.Freq => Freq,
        SdmxNames.Unit => Unit,
        SdmxNames.Geo => Geo,
        _ => dimensions[id],
    };

    public string Frequency(string frequency, string indicator) =>
        Freq.Codes.Any(c => c.Id == frequency)
            ? frequency
            : throw new InvalidOperationException(
                $"Indicator {indicator}: frequency '{frequency}' is not among the frequencies of {SdmxDefinitions.FileName} ({string.Join(", ", Freq.Codes.Select(c => c.Id))}).");

    public string Status(string status, string indicator) =>
        ConfStatusCodes.Contains(status)
            ? status
            : throw new InvalidOperationException($"Indicator {indicator}: CONF_STATUS '{status}' is not one of F, C, D.");

    /// <summary>
    /// OBS_FLAG as the cube gives it: empty, one flag, or several concatenated (e.g. cp). A combination becomes a code of
    /// its own, named after its flags, because an SDMX attribute value is one code of its code list.
    /// </summary>
    public string Flags(string flags, string indicator)
    {
        if (flags.Length == 0)
        {
            return flags;
        }

        var names = new List<string>();
        foreach (var flag in flags)
        {
            var code = ObsFlag.Codes.FirstOrDefault(c => c.Id.Length == 1 && c.Id[0] == flag)
                ?? throw new InvalidOperationException(
                    $"Indicator {indicator}: flag '{flag}' in '{flags}' is not a published flag ({string.Join(" ", ExportManifest.FlagLegend.Keys.Where(k => k.Length == 1))}).");
            names.Add(code.Name);
        }

        return ObsFlag.Use(flags, string.Join("; ", names));
    }

    /// <summary>The breakdowns at least one exported cube uses, in registry order.</summary>
    public static IEnumerable<ExportDimension> UsedDimensions(ExportContext context) =>
        context.Dimensions.Where(d => context.Cubes.Any(c => c.Dimensions.Any(x => x.Id == d.Id)));
}
