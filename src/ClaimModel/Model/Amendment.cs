namespace ClaimModel;

/// <summary>Additions to a claim, denial or actor that a document may define elsewhere: a later article adds a
/// report to a claim, or an alias, affiliation or identity link to an actor.</summary>
/// <remarks>
/// <para>Several articles relaying one utterance are one claim with several reports, wherever those articles
/// were modeled: the article modeled later amends the claim instead of repeating it. Merging documents applies
/// every amendment to the record it <see cref="Amends">amends</see> (appending what is not already there);
/// <see cref="Reports"/> go to claims and denials, <see cref="Aliases"/>, <see cref="Affiliations"/> and
/// <see cref="SameAs"/> to actors. An amendment adds at least one thing.</para>
/// <para>Value equality over every member, lists in order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(ClaimModel.Serialization.ClaimModelJsonConverter<Amendment>))]
public sealed record Amendment
{
    /// <summary>The id of the claim, denial or actor amended.</summary>
    public required string Amends { get; init; }

    /// <summary>Reports added to a claim or denial.</summary>
    public ValueList<Report> Reports { get; init; }

    /// <summary>Aliases added to an actor.</summary>
    public ValueList<string> Aliases { get; init; }

    /// <summary>Affiliations added to an actor.</summary>
    public ValueList<Affiliation> Affiliations { get; init; }

    /// <summary>Identity links added to an actor.</summary>
    public ValueList<IdentityLink> SameAs { get; init; }
}
