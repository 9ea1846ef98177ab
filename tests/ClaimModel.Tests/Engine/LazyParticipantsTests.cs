using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>A finding of the engine builds its participants list on the first read, from its entries: the list is the
/// entries' participants in canonical order, the same list on every read, and a <c>with</c> copy has the original's
/// participants (also when it replaces the explanation text) unless it sets its own, an empty list included.</summary>
public sealed class LazyParticipantsTests
{
    private static Finding AddedFinding()
    {
        var index = new ContradictionIndex();
        index.AddDocument(Document([Claim("c1", "konashenkov", "i1", Did("usa"))]));
        return Assert.Single(index.AddDenial(Denial("d1", "usa", "i1", Did("usa"))));
    }

    [Fact]
    public void The_list_is_the_entries_participants_in_canonical_order_and_the_same_on_every_read()
    {
        var finding = AddedFinding();

        var first = finding.Participants;

        Assert.Equal([("c1", ParticipantRole.Claim), ("d1", ParticipantRole.Denial)], first.Select(p => (p.Id, p.Role)));
        Assert.True(SameStorage(first, finding.Participants));
    }

    [Fact]
    public void A_copy_with_another_text_keeps_the_participants()
    {
        var finding = AddedFinding();
        var copy = finding with { Explanation = "another text" };

        Assert.Equal("another text", copy.Explanation);
        Assert.Equal(finding.Participants, copy.Participants);
        Assert.Equal(2, copy.Participants.Count);
    }

    [Fact]
    public void A_copy_setting_its_participants_keeps_them_also_when_empty()
    {
        var finding = AddedFinding();

        Assert.Empty((finding with { Participants = ValueList<FindingParticipant>.Empty }).Participants);
        Assert.Empty((finding with { Participants = default }).Participants);
        var one = finding with { Participants = [finding.Participants[1]] };
        Assert.Equal("d1", Assert.Single(one.Participants).Id);
        Assert.Equal(2, finding.Participants.Count);
    }

    [Fact]
    public void A_copy_made_before_the_first_read_has_the_same_participants()
    {
        var finding = AddedFinding();
        var copy = finding with { Severity = Severity.Info };

        Assert.Equal(finding.Participants, copy.Participants);
        Assert.Same(finding.Participants[0], copy.Participants[0]);
    }

    private static bool SameStorage(ValueList<FindingParticipant> a, ValueList<FindingParticipant> b) =>
        Unsafe.AreSame(ref MemoryMarshal.GetReference(a.AsSpan()), ref MemoryMarshal.GetReference(b.AsSpan()));
}
