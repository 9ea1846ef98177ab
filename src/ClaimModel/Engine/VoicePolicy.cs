namespace ClaimModel.Engine;

/// <summary>Which links make two actors one voice, for counting independent voices (and for "the same voice" of an
/// update). Immutable; the default is the documented rule.</summary>
/// <remarks>
/// <para>By default a spokesperson or an official and the body it speaks for are one voice
/// (<see cref="AffiliationRelation.SpokespersonFor"/>, <see cref="AffiliationRelation.OfficialOf"/>), and actors
/// linked as the same (<see cref="Actor.SameAs"/>) are one voice; a voice joined through a
/// <see cref="IdentityCertainty.Probable"/> link is marked probable wherever it is shown. Membership, parts and
/// control (<see cref="AffiliationRelation.MemberOf"/>, <see cref="AffiliationRelation.PartOf"/>,
/// <see cref="AffiliationRelation.ControlledBy"/>) make a <em>side</em>, not a voice. An outlet that relays a claim
/// (a report's source or <see cref="Report.Via"/>) is never a voice: voices are claimants.</para>
/// <para>Value equality over every member.</para>
/// </remarks>
public sealed record VoicePolicy
{
    /// <summary>The documented rule.</summary>
    public static VoicePolicy Default { get; } = new();

    /// <summary>The affiliation relations that join an actor's voice with the actor it is affiliated with. Default:
    /// spokesperson-for, official-of.</summary>
    public ValueList<AffiliationRelation> JoiningRelations { get; init; } = VoiceResolver.DefaultJoiningRelations;

    /// <summary>Whether a probable identity link joins two voices (marked probable); <see langword="false"/>: only
    /// confirmed links do. Default <see langword="true"/>.</summary>
    public bool JoinProbableIdentities { get; init; } = true;
}
