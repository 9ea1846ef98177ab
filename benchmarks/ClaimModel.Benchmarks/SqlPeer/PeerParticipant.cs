using ClaimModel.Engine;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>Who takes part in a finding, as the equality check compares it: claim or denial, its id and the
/// statement position (<see cref="FindingParticipant.Statement"/>: only for one statement of a claim of several).</summary>
/// <param name="Role">Claim or denial.</param>
/// <param name="Id">The claim or denial id.</param>
/// <param name="Statement">The statement position, or <see langword="null"/>.</param>
public readonly record struct PeerParticipant(ParticipantRole Role, string Id, int? Statement)
{
    /// <summary>The participant as reports show it: <c>c-1</c>, <c>c-1#2</c>, <c>denial d-1</c>.</summary>
    public override string ToString() => (Role == ParticipantRole.Denial ? "denial " : string.Empty) + StatementReference.Format(Id, Statement);
}
