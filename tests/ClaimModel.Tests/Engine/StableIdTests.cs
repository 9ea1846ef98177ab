using System.Security.Cryptography;
using System.Text;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Tests.Engine;

/// <summary>A finding's id is the documented hash of its key text — kind, incident, then each participant's role and
/// reference, line by line — however long or non-ASCII the ids, and whether the key fits on the stack or not.</summary>
public sealed class StableIdTests
{
    public static TheoryData<string, string?, int?> Keys => new()
    {
        { "c-1", "i-1", null },
        { "c-ümlaut-€-𝄞", "vorfall-ß", 3 },
        { new string('x', 40), null, 1_234_567 },
        { new string('é', 700), new string('i', 300), 0 },
        { "c", new string('i', 600), null },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void Id_is_the_sha256_of_the_key_text(string claim, string? incident, int? statement)
    {
        var finding = new Finding
        {
            Kind = FindingKind.Denial,
            Severity = Severity.High,
            Incident = incident,
            Participants =
            [
                Participant(claim, ParticipantRole.Claim, statement),
                Participant("d-" + claim, ParticipantRole.Denial, null),
            ],
            Origins = ["a"],
            Explanation = "x",
        };

        Assert.Equal(Expected(finding), finding.Id);
    }

    [Fact]
    public void Id_of_many_participants_with_short_ids_and_long_positions_is_the_sha256_of_the_key_text()
    {
        var finding = new Finding
        {
            Kind = FindingKind.Denial,
            Severity = Severity.High,
            Participants = ValueList.From(Enumerable.Range(0, 40).Select(i => Participant("c", ParticipantRole.Claim, 1_000_000_000 + i))),
            Origins = ["a"],
            Explanation = "x",
        };

        Assert.Equal(Expected(finding), finding.Id);
    }

    private static FindingParticipant Participant(string id, ParticipantRole role, int? statement) => new()
    {
        Id = id, Role = role, Statement = statement, Claimant = "a", ClaimantName = "A", Sides = ["a"], Modality = Modality.Asserted, Says = "s", Reports = [],
    };

    /// <summary>The rule as documented on <see cref="Finding.Id"/>, written out with strings.</summary>
    private static string Expected(Finding finding)
    {
        var key = new StringBuilder().Append(EnumText<FindingKind>.Name(finding.Kind)).Append('\n').Append(finding.Incident).Append('\n');
        foreach (var participant in finding.Participants)
        {
            key.Append(EnumText<ParticipantRole>.Name(participant.Role)).Append(' ').Append(participant.Reference).Append('\n');
        }

        return "fnd-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()))[..8]);
    }
}
