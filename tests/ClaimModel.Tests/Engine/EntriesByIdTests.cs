using ClaimModel.Engine;

namespace ClaimModel.Tests.Engine;

/// <summary>The index's entries by id: found by the id string (ordinal: case counts), added once (a second entry of an
/// id is refused, or left out by <see cref="EntriesById{TEntry}.TryAdd"/>), removed by id with the entry handed out,
/// listed in the order they were added (a removed entry's slot goes to the next one added).</summary>
public sealed class EntriesByIdTests
{
    private static readonly ActorNode Claimant = new("a", "A", 0, [0], [0], ["a"], new VoiceCell("a", "a", false));

    [Fact]
    public void Entries_are_found_added_once_and_removed_by_id()
    {
        var entries = new EntriesById<ClaimEntry>();
        var (c1, c2, c3) = (Entry("c1", 0), Entry("c2", 1), Entry("c3", 2));
        entries.Add(c1);
        entries.Add(c2);
        entries.Add(c3);

        Assert.Equal(3, entries.Count);
        Assert.True(entries.Contains("c2"));
        Assert.False(entries.Contains("C2"));
        Assert.True(entries.TryGetValue("c3", out var found));
        Assert.Same(c3, found);
        Assert.False(entries.TryGetValue("c4", out _));
        Assert.Throws<InvalidOperationException>(() => entries.Add(Entry("c1", 9)));
        Assert.Same(c1, Assert.Single(entries.Values, e => e.Id == "c1"));

        Assert.True(entries.Remove("c2", out var removed));
        Assert.Same(c2, removed);
        Assert.False(entries.Remove("c2", out _));
        Assert.False(entries.Contains("c2"));
        Assert.Equal(2, entries.Count);

        var c4 = Entry("c4", 3);
        entries.Add(c4);
        Assert.Equal([c1, c4, c3], entries.Values);
    }

    [Fact]
    public void TryAdd_adds_a_new_id_and_leaves_a_known_one_to_its_first_entry()
    {
        var entries = new EntriesById<ClaimEntry>();
        var c1 = Entry("c1", 0);

        Assert.True(entries.TryAdd(c1));
        Assert.False(entries.TryAdd(Entry("c1", 1)));
        Assert.True(entries.TryAdd(Entry("C1", 2)));

        Assert.Equal(2, entries.Count);
        Assert.True(entries.TryGetValue("c1", out var found));
        Assert.Same(c1, found);
    }

    [Fact]
    public void Entries_stay_found_through_growth_and_removals_anywhere()
    {
        // Enough ids for the table to grow many times and for runs of slots to form; removals in the middle of runs
        // must leave every other id found.
        var entries = new EntriesById<ClaimEntry>();
        var all = Enumerable.Range(0, 5_000).Select(i => Entry("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)).ToArray();
        foreach (var entry in all)
        {
            Assert.True(entries.TryAdd(entry));
        }

        for (var i = 0; i < all.Length; i += 3)
        {
            Assert.True(entries.Remove(all[i].Id, out var removed));
            Assert.Same(all[i], removed);
        }

        for (var i = 0; i < all.Length; i++)
        {
            Assert.Equal(i % 3 != 0, entries.TryGetValue(all[i].Id, out var found));
            Assert.Equal(i % 3 != 0 ? all[i] : null, found);
        }

        Assert.Equal(all.Length - ((all.Length + 2) / 3), entries.Count);
        Assert.Equal(all.Where((_, i) => i % 3 != 0), entries.Values);

        // Added again, each takes the position freed last: the last removed first.
        for (var i = 0; i < all.Length; i += 3)
        {
            Assert.True(entries.TryAdd(all[i]));
        }

        Assert.Equal(all.Length, entries.Count);
        Assert.All(all, entry => Assert.True(entries.Contains(entry.Id)));
        Assert.Equal(all.Length, entries.Values.Distinct().Count());
    }

    [Fact]
    public void An_add_with_the_prepared_hash_is_an_add()
    {
        var entries = new EntriesById<ClaimEntry>();
        var c1 = Entry("c1", 0);

        Assert.True(entries.TryAdd(c1, entries.Prepare("c1")));
        Assert.False(entries.TryAdd(Entry("c1", 1), entries.Prepare("c1")));
        Assert.True(entries.TryAdd(Entry("c2", 2), entries.Prepare("c2")));

        Assert.Equal(2, entries.Count);
        Assert.True(entries.TryGetValue("c1", out var found));
        Assert.Same(c1, found);
        Assert.True(entries.Contains("c2"));
    }

    [Fact]
    public void Capacity_made_ahead_holds_every_entry_added()
    {
        var entries = new EntriesById<ClaimEntry>();
        entries.EnsureCapacity(1_000);
        var all = Enumerable.Range(0, 1_500).Select(i => Entry("d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i)).ToArray();
        foreach (var entry in all)
        {
            entries.Add(entry);
        }

        Assert.Equal(all, entries.Values);
        Assert.All(all, entry => Assert.True(entries.TryGetValue(entry.Id, out var found) && ReferenceEquals(found, entry)));
    }

    private static ClaimEntry Entry(string id, int ordinal) =>
        new(Build.Claim(id, "a", "i", new OccurrenceStatement { Time = Build.Day(2016, 2, 10, "UTC", 0) }), Claimant, 0, ordinal);
}
