namespace Stats.Api.Portal;

/// <summary>The portal's stylesheet: mobile first (one column, tables scroll inside their box), wider margins from 48em.</summary>
internal static class PortalStyle
{
    public const string Css =
        """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff; }
        header, main, footer { padding: 0.75rem 1rem; max-width: 72rem; margin: 0 auto; }
        header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; border-bottom: 3px solid #1d4f91; }
        header p { margin: 0; }
        .brand a { font-weight: 700; color: #1d4f91; text-decoration: none; }
        .vintage { color: #4a5560; font-size: 0.9rem; }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: 0.75rem 0; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        a { color: #1d4f91; }
        p, dd, li { overflow-wrap: anywhere; }
        .scroll { overflow-x: auto; max-width: 100%; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #d8dde3; vertical-align: top; }
        thead th { background: #eef2f7; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .flags { font-family: ui-monospace, monospace; }
        dl.about dt { font-weight: 600; margin-top: 0.5rem; }
        dl.about dd { margin: 0; }
        dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75rem; font-size: 0.9rem; }
        dl.legend dt { font-family: ui-monospace, monospace; font-weight: 700; }
        dl.legend dd { margin: 0; }
        .note, footer { font-size: 0.9rem; color: #4a5560; }
        .status.on_time { color: #1a7f37; }
        .status.late { color: #9a6700; }
        .status.overdue, .status.never_delivered { color: #cf222e; font-weight: 600; }
        figure.chart { margin: 1rem 0; }
        .chart-svg svg { width: 100%; height: auto; max-width: 100%; }
        nav.tables ul { padding-left: 1.2rem; }
        ul.references { padding-left: 1.2rem; margin: 0; }
        @media (min-width: 48em) {
          header, main, footer { padding: 1rem 2rem; }
          h1 { font-size: 1.9rem; }
        }
        """;
}
