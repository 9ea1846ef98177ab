using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>Groups of equal answers (<see cref="AnswerBucket{TRule}"/>, <see cref="AnswerGroup"/>): an entry joins
/// the group of its answer whether the bucket compares its few answers in turn or keeps a dictionary past
/// <see cref="AnswerBucket{TRule}.LinearLimit"/>; groups stay in first-add order, members in add order, and undoing an
/// add removes exactly the last member (and its group when that empties). The answer of a test entry is its ordinal
/// modulo 1,000 (<see cref="Modulo"/>).</summary>
public class AnswerBucketTests
{
    private static readonly ActorNode Claimant = new("a", "A", 0, [0], [0], ["a"], new VoiceCell("a", "a", false));

    private static ClaimEntry Entry(int ordinal) =>
        new(Build.Claim("c" + ordinal, "a", "i", new OccurrenceStatement { Time = Build.Day(2016, 2, 10, "UTC", 0) }), Claimant, 0, ordinal);

    /// <summary>Each group as the ordinals of its members, groups in order.</summary>
    private static string Layout(AnswerBucket<Modulo> bucket)
    {
        var groups = new List<string>();
        foreach (var group in bucket.Groups)
        {
            var members = new List<int>();
            for (var i = 0; i < group.Count; i++)
            {
                members.Add(group[i].Ordinal);
            }

            Assert.Same(group[0], group.Representative);
            groups.Add(string.Join(",", members));
        }

        return string.Join(" | ", groups);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(AnswerBucket<Modulo>.LinearLimit)]
    [InlineData(AnswerBucket<Modulo>.LinearLimit + 1)]
    [InlineData(50)]
    public void Entries_join_the_group_of_their_answer_in_add_order(int answers)
    {
        var bucket = new AnswerBucket<Modulo>();
        var expected = new List<List<int>>();
        var ordinal = 0;
        for (var round = 0; round < 3; round++)
        {
            // Answers come back in an order of their own each round: 0, 7, 14, ... modulo the count.
            for (var k = 0; k < answers; k++)
            {
                var answer = (k * 7) % answers;
                if (round == 0)
                {
                    expected.Add([]);
                }

                var group = round == 0 ? k : expected.FindIndex(g => g.Count > 0 && g[0] % 1000 == answer);
                bucket.Add(Entry((1000 * round) + answer));
                expected[group].Add((1000 * round) + answer);
                ordinal++;
            }
        }

        Assert.Equal(answers, bucket.Groups.Length);
        Assert.Equal(string.Join(" | ", expected.Select(g => string.Join(",", g))), Layout(bucket));
        Assert.Equal(3 * answers, ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(AnswerBucket<Modulo>.LinearLimit + 4)]
    public void Undoing_an_add_removes_the_last_member_and_a_group_it_empties(int answers)
    {
        var bucket = new AnswerBucket<Modulo>();
        for (var k = 0; k < answers; k++)
        {
            bucket.Add(Entry(k));
        }

        var second = Entry(1001);
        bucket.Add(second);

        // Not a last member anywhere: nothing changes.
        Assert.False(bucket.RemoveLast(Entry(999)));
        Assert.Equal(answers, bucket.Groups.Length);

        Assert.False(bucket.RemoveLast(second));
        Assert.Equal(1, bucket.Groups[1].Count);

        // The group of answer 2 empties and goes; later groups keep their order, and answer 2 starts a new group at
        // the end while the others still find theirs.
        var two = bucket.Groups[2].Representative;
        Assert.False(bucket.RemoveLast(two));
        Assert.Equal(answers - 1, bucket.Groups.Length);
        Assert.Equal(3, bucket.Groups[2].Representative.Ordinal);
        bucket.Add(Entry(2002));
        bucket.Add(Entry(3000 + answers - 1));
        Assert.Equal(2002, bucket.Groups[^1].Representative.Ordinal);
        Assert.Equal(2, bucket.Groups[^2].Count);
        Assert.Equal(answers - 1, bucket.Groups[^2].Representative.Ordinal);
    }

    [Fact]
    public void A_group_removes_only_its_last_member_and_says_so()
    {
        var first = Entry(0);
        var second = Entry(1);
        var group = new AnswerGroup(first);
        group.Add(second);

        Assert.False(group.RemoveLast(first));
        Assert.Equal(2, group.Count);
        Assert.False(group.RemoveLast(Entry(1)));
        Assert.True(group.RemoveLast(second));
        Assert.Equal(1, group.Count);
        Assert.Same(first, group[0]);
        Assert.True(group.RemoveLast(first));
        Assert.Equal(0, group.Count);
        Assert.False(group.RemoveLast(first));

        // An emptied group takes members again from the first.
        var again = Entry(2);
        group.Add(again);
        Assert.Equal(1, group.Count);
        Assert.Same(again, group[0]);
        Assert.Same(again, group.Representative);
    }

    [Fact]
    public void A_bucket_whose_last_group_goes_says_it_is_empty()
    {
        var bucket = new AnswerBucket<Modulo>();
        var only = Entry(0);
        bucket.Add(only);
        Assert.True(bucket.RemoveLast(only));
        Assert.Equal(0, bucket.Groups.Length);
        bucket.Add(Entry(1000));
        Assert.Equal(1000, bucket.Groups[0].Representative.Ordinal);
    }

    /// <summary>The test answer: an entry's ordinal modulo 1,000.</summary>
    internal abstract class Modulo : IAnswerRule
    {
        /// <inheritdoc/>
        public static bool Same(ClaimEntry a, ClaimEntry b) => a.Ordinal % 1000 == b.Ordinal % 1000;

        /// <inheritdoc/>
        public static int Hash(ClaimEntry entry) => entry.Ordinal % 1000;
    }
}
