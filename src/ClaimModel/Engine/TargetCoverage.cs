namespace ClaimModel.Engine;

/// <summary>When the targets a responsibility denial names overlap the targets a claim names — the rule that
/// keeps "Russia would never strike civilians" from matching "Russia bombed Aleppo".</summary>
/// <remarks>
/// <para><b>Overlap.</b> Two targets overlap when they have the same kind (for <see cref="TargetKind.Other"/>:
/// the same name, ignoring case, or either unnamed), or when one is <see cref="TargetKind.Civilians"/> and the
/// other a civilian kind. The civilian kinds are <see cref="TargetKind.Hospital"/>, <see cref="TargetKind.School"/>,
/// <see cref="TargetKind.Mosque"/>, <see cref="TargetKind.ResidentialArea"/>, <see cref="TargetKind.Civilians"/>
/// and <see cref="TargetKind.Infrastructure"/>; military facilities, unspecified objects and other targets are
/// not. Names of the other kinds are not compared ("al-Quds hospital" overlaps "hospitals").</para>
/// <para><b>Matching a denied statement.</b> A denial whose responsibility statement names no targets matches
/// every claim of that responsibility. One that names targets matches a claim when some target of each overlaps;
/// a claim naming no targets matches it only when the denial is about the claim's incident (an
/// incident-specific denial keeps matching untargeted claims of its incident; a general denial, without an
/// incident, does not: "would never strike civilians" says nothing about "Russia bombed Aleppo"). Denials naming
/// claims by id are not filtered.</para>
/// </remarks>
internal static class TargetCoverage
{
    /// <summary>Whether the statement-matched pair of <paramref name="denial"/> and <paramref name="claim"/>
    /// passes the target rule (always true unless both are responsibility statements and the denial names targets).</summary>
    public static bool Matches(Denial denial, Statement claim)
    {
        if (denial.Statement is not ResponsibilityStatement { Targets.IsEmpty: false } denied
            || claim is not ResponsibilityStatement claimed)
        {
            return true;
        }

        if (claimed.Targets.IsEmpty)
        {
            return denial.Incident is not null;
        }

        return Overlap(denied.Targets, claimed.Targets);
    }

    /// <summary>The targets a target or responsibility statement names (none for other kinds).</summary>
    public static ValueList<Target> Targets(Statement statement) => statement switch
    {
        TargetStatement t => t.Targets,
        ResponsibilityStatement r => r.Targets,
        _ => default,
    };

    /// <summary>Whether every target of <paramref name="named"/> is covered by one of <paramref name="only"/> (the
    /// same kind and, for <see cref="TargetKind.Other"/>, name; "civilians" covers the civilian kinds).</summary>
    public static bool Covers(ValueList<Target> only, ValueList<Target> named)
    {
        foreach (var target in named)
        {
            var covered = false;
            foreach (var allowed in only)
            {
                covered |= Overlaps(allowed, target);
            }

            if (!covered)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether some target of <paramref name="a"/> overlaps some target of <paramref name="b"/>.</summary>
    public static bool Overlap(ValueList<Target> a, ValueList<Target> b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (Overlaps(x, y))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether two targets overlap (rule on <see cref="TargetCoverage"/>).</summary>
    public static bool Overlaps(Target a, Target b)
    {
        if (a.Kind == b.Kind)
        {
            return a.Kind != TargetKind.Other || a.Name is null || b.Name is null
                || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
        }

        return (a.Kind == TargetKind.Civilians && IsCivilian(b.Kind)) || (b.Kind == TargetKind.Civilians && IsCivilian(a.Kind));
    }

    /// <summary>Whether <paramref name="kind"/> is a civilian target kind (covered by <see cref="TargetKind.Civilians"/>).</summary>
    public static bool IsCivilian(TargetKind kind) => kind is TargetKind.Hospital or TargetKind.School or TargetKind.Mosque
        or TargetKind.ResidentialArea or TargetKind.Civilians or TargetKind.Infrastructure;
}
