using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The equality of the answers claims are grouped by (<see cref="ResponsibilityAnswer"/>,
/// <see cref="TargetAnswer"/>): equal for the same side, intent or scope, actors or targets (other targets' names
/// ignoring case, other kinds' names not at all), with equal hash codes; never equal to <see langword="null"/> or to
/// another type.</summary>
public class AnswerEqualityTests
{
    private readonly ActorGraph _graph = new(new KeyInterner());
    private int _ordinal;

    public AnswerEqualityTests()
    {
        foreach (var actor in Actors())
        {
            _graph.Add(actor);
        }
    }

    private ClaimEntry Entry(string claimant, Statement statement, params string[] actors) =>
        new(Claim("c" + _ordinal, claimant, "i1", statement), 0, _graph.Get(claimant), 0, _ordinal++)
        {
            PresenceFacts = new PresenceFacts([.. actors.Select(_graph.Get)], null, KeyInterner.None, KeyInterner.None, 0),
        };

    private ResponsibilityAnswer Blame(string claimant, Intent intent, params string[] actors) =>
        ResponsibilityAnswer.Of(Entry(claimant, new ResponsibilityStatement { Actors = actors, Intent = intent }, actors), intent);

    private TargetAnswer Account(string claimant, TargetScope scope, params Target[] targets)
    {
        var statement = new TargetStatement { Scope = scope, Targets = targets };
        return TargetAnswer.Of(Entry(claimant, statement), statement);
    }

    [Fact]
    public void Responsibility_answers_of_one_side_intent_and_actors_are_equal()
    {
        var a = Blame("konashenkov", Intent.Deliberate, "usa", "state-dept");
        var b = Blame("russia-mod", Intent.Deliberate, "usa", "state-dept");

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Responsibility_answers_differing_in_side_intent_or_actors_are_not_equal()
    {
        var a = Blame("konashenkov", Intent.Deliberate, "usa", "state-dept");

        Assert.False(a.Equals(Blame("sohr", Intent.Deliberate, "usa", "state-dept")));
        Assert.False(a.Equals(Blame("konashenkov", Intent.Accidental, "usa", "state-dept")));
        Assert.False(a.Equals(Blame("konashenkov", Intent.Deliberate, "state-dept", "usa")));
        Assert.False(a.Equals(Blame("konashenkov", Intent.Deliberate, "usa")));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"usa"));
    }

    [Fact]
    public void Target_answers_of_one_side_scope_and_targets_are_equal()
    {
        var a = Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "terrorists" }, new Target { Kind = TargetKind.Hospital, Name = "al-Quds hospital" });
        var b = Account("russia-mod", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "TERRORISTS" }, new Target { Kind = TargetKind.Hospital });

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Target_answers_differing_in_side_scope_kinds_or_other_names_are_not_equal()
    {
        var terrorists = new Target { Kind = TargetKind.Other, Name = "terrorists" };
        var a = Account("konashenkov", TargetScope.Only, terrorists);

        Assert.False(a.Equals(Account("sohr", TargetScope.Only, terrorists)));
        Assert.False(a.Equals(Account("konashenkov", TargetScope.Mostly, terrorists)));
        Assert.False(a.Equals(Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "opponents" })));
        Assert.False(a.Equals(Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Hospital })));
        Assert.False(a.Equals(Account("konashenkov", TargetScope.Only, terrorists, terrorists)));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"terrorists"));
    }
}
