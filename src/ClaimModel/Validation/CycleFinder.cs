using System.Globalization;
using System.Text;

namespace ClaimModel.Validation;

/// <summary>Finds cycles in the affiliation graph, in claims' updates (<c>supersedes</c>, <c>retracts</c>) and in
/// incidents' <c>partOf</c> links, iteratively (an explicit
/// stack, so a 100,000-long chain cannot overflow the call stack), in linear time, in document order.</summary>
/// <remarks>References resolve to the first record that owns an id; dangling and wrong-kind references are
/// not edges. Each cycle is reported once, at the edge that closes it during a depth-first walk that visits
/// records in document order.</remarks>
internal static class CycleFinder
{
    /// <summary>The most ids a cycle's text shows; longer cycles show their start and end around <c>…</c>.</summary>
    public const int MaxShownIds = 64;

    /// <summary>An edge that closes a cycle, with the cycle as text (<c>a → b → a</c>).</summary>
    /// <param name="Record">The index of the record the closing edge leaves from.</param>
    /// <param name="Edge">The index of the edge in that record (the affiliation index; 0 for <c>partOf</c>).</param>
    /// <param name="Text">The cycle as text, starting and ending with the same id.</param>
    public readonly record struct Cycle(int Record, int Edge, string Text);

    /// <summary>Every affiliation cycle.</summary>
    public static List<Cycle> AffiliationCycles(DocumentIndex index)
    {
        var actors = index.Document.Actors;
        return Cycles(
            actors.Count,
            node => actors[node] is { } actor ? actor.Affiliations.Count : -1,
            (node, edge) => Existing(actors, index.ActorIndex(actors[node]!.Affiliations[edge]?.Actor)),
            node => actors[node]!.Id);
    }

    /// <summary>Every cycle of claims' updates: the edges of a claim are its <c>supersedes</c>, then its
    /// <c>retracts</c> (edge <c>supersedes.Count + j</c> is <c>retracts[j]</c>).</summary>
    public static List<Cycle> UpdateCycles(DocumentIndex index)
    {
        var claims = index.Document.Claims;
        return Cycles(
            claims.Count,
            node => claims[node] is { } claim ? claim.Supersedes.Count + claim.Retracts.Count : -1,
            (node, edge) =>
            {
                var claim = claims[node]!;
                var supersedes = claim.Supersedes.Count;
                return Existing(claims, index.ClaimIndex(edge < supersedes ? claim.Supersedes[edge] : claim.Retracts[edge - supersedes]));
            },
            node => claims[node]!.Id);
    }

    /// <summary>Every cycle of a directed graph, by an iterative depth-first walk from each node in order.</summary>
    /// <param name="count">The number of nodes.</param>
    /// <param name="edgeCount">A node's number of edges; −1 for a node that is missing (a null record).</param>
    /// <param name="target">The node an edge leads to; −1 for no node (dangling, wrong kind, null).</param>
    /// <param name="id">A node's id, for the cycle's text.</param>
    private static List<Cycle> Cycles(int count, Func<int, int> edgeCount, Func<int, int, int> target, Func<int, string> id)
    {
        var cycles = new List<Cycle>();
        var state = new byte[count]; // 0 unvisited, 1 on the stack, 2 done
        var stackPosition = new int[count];
        var stack = new List<(int Node, int NextEdge)>();
        for (var root = 0; root < count; root++)
        {
            if (state[root] != 0 || edgeCount(root) < 0)
            {
                continue;
            }

            Push(root);
            while (stack.Count > 0)
            {
                var (node, edge) = stack[^1];
                if (edge >= edgeCount(node))
                {
                    state[node] = 2;
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                stack[^1] = (node, edge + 1);
                var next = target(node, edge);
                if (next < 0)
                {
                    continue;
                }

                if (state[next] == 0)
                {
                    Push(next);
                }
                else if (state[next] == 1)
                {
                    var ids = new List<string>(stack.Count - stackPosition[next] + 1);
                    for (var i = stackPosition[next]; i < stack.Count; i++)
                    {
                        ids.Add(id(stack[i].Node));
                    }

                    ids.Add(id(next));
                    cycles.Add(new Cycle(node, edge, Format(ids)));
                }
            }
        }

        return cycles;

        void Push(int node)
        {
            state[node] = 1;
            stackPosition[node] = stack.Count;
            stack.Add((node, 0));
        }
    }

    /// <summary><paramref name="index"/> when it names a record that is there, else −1.</summary>
    private static int Existing<T>(ValueList<T> records, int index)
        where T : class =>
        index >= 0 && records[index] is not null ? index : -1;

    /// <summary>Every <c>partOf</c> cycle.</summary>
    public static List<Cycle> PartOfCycles(DocumentIndex index)
    {
        var incidents = index.Document.Incidents;
        var cycles = new List<Cycle>();
        var state = new byte[incidents.Count]; // 0 unvisited, 1 on the current walk, 2 done
        var walkPosition = new int[incidents.Count];
        var walk = new List<int>();
        for (var start = 0; start < incidents.Count; start++)
        {
            walk.Clear();
            var node = start;
            while (node >= 0 && incidents[node] is not null && state[node] == 0)
            {
                state[node] = 1;
                walkPosition[node] = walk.Count;
                walk.Add(node);
                node = index.IncidentIndex(incidents[node]!.PartOf);
            }

            if (node >= 0 && state[node] == 1)
            {
                var ids = new List<string>(walk.Count - walkPosition[node] + 1);
                for (var i = walkPosition[node]; i < walk.Count; i++)
                {
                    ids.Add(incidents[walk[i]]!.Id);
                }

                ids.Add(incidents[node]!.Id);
                cycles.Add(new Cycle(walk[^1], 0, Format(ids)));
            }

            foreach (var visited in walk)
            {
                state[visited] = 2;
            }
        }

        return cycles;
    }

    /// <summary>Joins ids with <c> → </c>, eliding the middle of very long cycles.</summary>
    private static string Format(List<string> ids)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids.Count > MaxShownIds && i == MaxShownIds / 2)
            {
                var skipped = ids.Count - MaxShownIds;
                builder.Append(CultureInfo.InvariantCulture, $" → … ({skipped} more) …");
                i += skipped - 1;
                continue;
            }

            if (i > 0)
            {
                builder.Append(" → ");
            }

            builder.Append(ValueText.Cut(ids[i]));
        }

        return builder.ToString();
    }
}
