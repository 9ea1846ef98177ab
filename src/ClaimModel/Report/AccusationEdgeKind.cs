namespace ClaimModel.Reporting;

/// <summary>What an edge of an <see cref="AccusationGraph"/> says. DOT, Mermaid and HTML: kebab-case.</summary>
public enum AccusationEdgeKind
{
    /// <summary>A voice names a side's actors as the perpetrators (voice → side).</summary>
    Accuses,

    /// <summary>A voice denies what another voice claims (denying voice → claiming voice).</summary>
    Denies,

    /// <summary>A voice's words reach a source through an outlet or intermediary (voice → relay → … → outlet of the source).</summary>
    RelayedBy,
}
