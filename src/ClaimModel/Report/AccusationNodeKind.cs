namespace ClaimModel.Reporting;

/// <summary>What a node of an <see cref="AccusationGraph"/> stands for. DOT, Mermaid and HTML: kebab-case.</summary>
public enum AccusationNodeKind
{
    /// <summary>A side: a root of the affiliation graph ("russia", "us-led-coalition"), which accusations name.</summary>
    Side,

    /// <summary>An independent voice ("russia-mod" for Konashenkov and the ministry), which accuses, denies and is relayed.</summary>
    Voice,

    /// <summary>An outlet or intermediary that relays a voice: a source's outlet, or a relay id of a report's chain that names no source and no claimant.</summary>
    Outlet,
}
