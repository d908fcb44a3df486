namespace Stats.Warehouse.Exports.Sdmx;

/// <summary>
/// The fixed column and concept ids of the Eurostat SDMX-CSV convention (domain brief §9) and the ids this export derives
/// from an indicator: dataflow THB_&lt;ID&gt;, data structure DSD_THB_&lt;ID&gt;, code list CL_&lt;CONCEPT&gt;.
/// </summary>
internal static class SdmxNames
{
    public const string Dataflow = "DATAFLOW";
    public const string LastUpdate = "LAST UPDATE";
    public const string Freq = "freq";
    public const string Unit = "unit";
    public const string Geo = "geo";
    public const string TimePeriod = "TIME_PERIOD";
    public const string ObsValue = "OBS_VALUE";
    public const string ObsFlag = "OBS_FLAG";
    public const string ConfStatus = "CONF_STATUS";

    /// <summary>SDMX's observation comment: the interval, model and method of an estimated value (V09).</summary>
    public const string CommentObs = "COMMENT_OBS";

    /// <summary>The SDMX code of a breakdown's total.</summary>
    public const string Total = "_T";

    /// <summary>Eurostat's LAST UPDATE layout, e.g. 22/05/26 11:00:00 (UTC).</summary>
    public const string LastUpdateFormat = "dd/MM/yy HH:mm:ss";

    public static string DataflowId(string indicator) => "THB_" + indicator;

    public static string DataStructureId(string indicator) => "DSD_THB_" + indicator;

    public static string CodelistId(string concept) => "CL_" + concept.ToUpperInvariant();

    /// <summary>The DATAFLOW column: agency:THB_&lt;ID&gt;(version), e.g. THB_NR:THB_V04(1.0).</summary>
    public static string DataflowReference(SdmxDefinitions definitions, string indicator) =>
        $"{definitions.Agency}:{DataflowId(indicator)}({definitions.Version})";

    /// <summary>The series dimensions of a cube in CSV and DSD order: freq, the breakdowns, unit, geo (TIME_PERIOD follows as the time dimension).</summary>
    public static IReadOnlyList<string> Dimensions(ExportCube cube) =>
        [Freq, .. cube.Dimensions.Select(d => d.Id), Unit, Geo];

    /// <summary>The CSV header of a cube; an estimated cube adds <see cref="CommentObs"/>.</summary>
    public static IReadOnlyList<string> Columns(ExportCube cube) =>
        HasComments(cube)
            ? [Dataflow, LastUpdate, .. Dimensions(cube), TimePeriod, ObsValue, ObsFlag, ConfStatus, CommentObs]
            : [Dataflow, LastUpdate, .. Dimensions(cube), TimePeriod, ObsValue, ObsFlag, ConfStatus];

    /// <summary>Whether the cube's observations carry comments: those of an estimated indicator with estimates in the export.</summary>
    public static bool HasComments(ExportCube cube) => cube.Estimates.Count > 0;
}
