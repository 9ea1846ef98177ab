using System.Text;

namespace ClaimModel.Engine;

/// <summary>Builds the <see cref="FindingParticipant"/> of an entry: its id, statement position, claimant, sides,
/// modality, reports and "says" text (<see cref="StatementText"/>, which reads the actor graph's names).</summary>
/// <remarks>Safe on any thread while nothing writes the actor graph: the incremental index builds an entry's participant
/// on the writer's thread when the entry first takes part in a finding; a batch, whose actors are all added before its
/// first statement, leaves it to the first read (<see cref="Entry.TakePart"/>).</remarks>
internal sealed class ParticipantFactory
{
    /// <summary>The "says" text being built, one per thread (a batch's findings may be read on several).</summary>
    [ThreadStatic]
    private static StringBuilder? t_says;

    private readonly ActorGraph _actors;

    /// <summary>The "says" texts, one string per content.</summary>
    private readonly SharedTexts _says = new();

    public ParticipantFactory(ActorGraph actors) => _actors = actors;

    /// <summary>The participant <paramref name="entry"/> shows in findings.</summary>
    public FindingParticipant Build(Entry entry) =>
        new(entry.Id, entry.Role, entry.ParticipantStatement, entry.Claimant, entry.Modality, Says(entry), entry.Reports);

    private string Says(Entry entry)
    {
        var says = (t_says ??= new StringBuilder(128)).Clear();
        _ = entry switch
        {
            ClaimEntry { Statement: { } statement } c => StatementText.Append(says, statement, _actors, c.Place),
            ClaimEntry c => StatementText.AppendAll(says, c.Claim.Statements, _actors),
            DenialEntry d => StatementText.Append(says, d.Denial, _actors),
            _ => says,
        };
        return _says.Of(says);
    }
}
