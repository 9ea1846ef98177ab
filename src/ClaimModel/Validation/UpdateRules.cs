using System.Globalization;
using FluentValidation.Results;

namespace ClaimModel.Validation;

/// <summary>The rules of claims that update (<see cref="Claim.Supersedes"/>) or withdraw (<see cref="Claim.Retracts"/>)
/// earlier claims: the earlier claim is of the same voice (<see cref="ErrorCodes.UpdateOtherVoice"/>), was not stated
/// after the update (<see cref="ErrorCodes.UpdateOrder"/>), and updates form no cycle
/// (<see cref="ErrorCodes.UpdateCycle"/>).</summary>
/// <remarks>
/// <para>Voices are those of <see cref="VoiceResolver"/>: the same claimant, or claimants joined by identity links
/// or spokesperson/official affiliations (a spokesman may update what his ministry said).</para>
/// <para>Order is judged only when both claims have an absolute <c>statedAt</c> (a start): the earlier claim is
/// reported when its interval lies entirely after the update's, each time without an end widened generously by its
/// precision (exact: a minute, hour: an hour, day: two days, week: eight days, month: 32 days, year: 367 days), so that
/// only a certain inversion is an issue.</para>
/// <para>References that are dangling, of the wrong kind or to the claim itself are skipped here (the claim
/// validator and the cycle rule report them). Nothing is built when no claim updates another.</para>
/// </remarks>
internal static class UpdateRules
{
    /// <summary>Reports every update of another voice and every update of a claim stated later.</summary>
    public static void Check(ref RecordIssues issues, DocumentIndex index)
    {
        var claims = index.Document.Claims.AsSpan();
        if (!AnyUpdate(claims))
        {
            return;
        }

        var voices = index.Voices;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] is not { } claim)
            {
                continue;
            }

            CheckList(ref issues, index, voices, claim, i, claim.Supersedes, "supersedes");
            CheckList(ref issues, index, voices, claim, i, claim.Retracts, "retracts");
        }
    }

    /// <summary>Reports every cycle of updates, at the link that closes it.</summary>
    public static void CheckCycles(ref RecordIssues issues, DocumentIndex index)
    {
        if (!AnyUpdate(index.Document.Claims.AsSpan()))
        {
            return;
        }

        foreach (var cycle in CycleFinder.UpdateCycles(index))
        {
            var claim = index.Document.Claims[cycle.Record]!;
            var supersedes = claim.Supersedes.Count;
            var (member, edge, target) = cycle.Edge < supersedes
                ? ("supersedes", cycle.Edge, claim.Supersedes[cycle.Edge])
                : ("retracts", cycle.Edge - supersedes, claim.Retracts[cycle.Edge - supersedes]);
            var path = string.Create(CultureInfo.InvariantCulture, $"claims[{cycle.Record}].{member}[{edge}]");
            issues.Add(new ValidationFailure(path, "closes a cycle of updates (a claim can only supersede or retract earlier claims): " + cycle.Text, target)
            {
                ErrorCode = ErrorCodes.UpdateCycle,
            });
        }
    }

    /// <summary>Whether <paramref name="earlier"/> (the claim updated) was certainly stated after
    /// <paramref name="later"/> (the update): both absolute, the first's earliest instant at or after the second's
    /// latest (see the remarks on precision).</summary>
    public static bool StatedAfter(TimeSpec? earlier, TimeSpec? later)
    {
        if (earlier?.Start is not { } earlierStart || later?.Start is not { } laterStart)
        {
            return false;
        }

        var earlierWidth = earlier.End is null ? Width(earlier.Precision) : 0;
        var laterWidth = later.End is null ? Width(later.Precision) : 0;
        if (earlierWidth < 0 || laterWidth < 0)
        {
            return false;
        }

        var earliest = earlierStart.UtcTicks - earlierWidth;
        var latest = later.End is { } end ? end.UtcTicks : laterStart.UtcTicks + laterWidth;
        return earliest >= latest;
    }

    private static void CheckList(ref RecordIssues issues, DocumentIndex index, VoiceResolver voices, Claim claim, int i, ValueList<string> ids, string member)
    {
        var claims = index.Document.Claims;
        var span = ids.AsSpan();
        for (var j = 0; j < span.Length; j++)
        {
            var target = index.ClaimIndex(span[j]);
            if (target < 0 || target == i || claims[target] is not { } other)
            {
                continue;
            }

            var path = string.Create(CultureInfo.InvariantCulture, $"claims[{i}].{member}[{j}]");
            if (!voices.SameVoice(claim.Claimant, other.Claimant))
            {
                issues.Add(new ValidationFailure(
                    path,
                    "names a claim of another voice (" + EntityKindText.Path(EntityKind.Claim, target) + " by '" + ValueText.Cut(other.Claimant ?? string.Empty) + "'): a claim updates or withdraws only what its own voice said (the same claimant, an actor identified with it, or one speaking for it)",
                    span[j])
                {
                    ErrorCode = ErrorCodes.UpdateOtherVoice,
                });
            }

            if (StatedAfter(other.StatedAt, claim.StatedAt))
            {
                issues.Add(new ValidationFailure(
                    path,
                    "names a claim stated after this one (" + EntityKindText.Path(EntityKind.Claim, target) + ".statedAt): a claim can only update or withdraw an earlier claim",
                    span[j])
                {
                    ErrorCode = ErrorCodes.UpdateOrder,
                });
            }
        }
    }

    private static bool AnyUpdate(ReadOnlySpan<Claim> claims)
    {
        foreach (var claim in claims)
        {
            if (claim is not null && (!claim.Supersedes.IsEmpty || !claim.Retracts.IsEmpty))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far a time without an end may reach beyond its start (generously), in ticks; −1 for an undefined
    /// precision (no judgement).</summary>
    private static long Width(TimePrecision precision) => precision switch
    {
        TimePrecision.Exact => TimeSpan.TicksPerMinute,
        TimePrecision.Hour => TimeSpan.TicksPerHour,
        TimePrecision.Day => 2 * TimeSpan.TicksPerDay,
        TimePrecision.Week => 8 * TimeSpan.TicksPerDay,
        TimePrecision.Month => 32 * TimeSpan.TicksPerDay,
        TimePrecision.Year => 367 * TimeSpan.TicksPerDay,
        _ => -1,
    };
}
