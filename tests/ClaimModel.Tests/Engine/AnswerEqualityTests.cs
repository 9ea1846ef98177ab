using ClaimModel.Engine;
using static ClaimModel.Tests.Engine.Build;

namespace ClaimModel.Tests.Engine;

/// <summary>The equality of the answers claims are grouped by (<see cref="ResponsibilityAnswer"/>,
/// <see cref="TargetAnswer"/>): equal for the same side, intent or scope, actors or targets (other targets' names
/// ignoring case, other kinds' names not at all), with equal hash codes; and the comparer a large bucket keys its
/// groups with (<see cref="AnswerComparer{TRule}"/>) agrees, also for <see langword="null"/>.</summary>
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
        new(Claim("c" + _ordinal, claimant, "i1", statement), _graph.Get(claimant), 0, _ordinal++)
        {
            PresenceFacts = new PresenceFacts([.. actors.Select(_graph.Get)], null, KeyInterner.None, KeyInterner.None, 0),
        };

    private ClaimEntry Blame(string claimant, Intent intent, params string[] actors) =>
        Entry(claimant, new ResponsibilityStatement { Actors = actors, Intent = intent }, actors);

    private ClaimEntry Account(string claimant, TargetScope scope, params Target[] targets) =>
        Entry(claimant, new TargetStatement { Scope = scope, Targets = targets });

    [Fact]
    public void Responsibility_answers_of_one_side_intent_and_actors_are_equal()
    {
        var a = Blame("konashenkov", Intent.Deliberate, "usa", "state-dept");
        var b = Blame("russia-mod", Intent.Deliberate, "usa", "state-dept");

        Assert.True(ResponsibilityAnswer.Same(a, b));
        Assert.True(AnswerComparer<ResponsibilityAnswer>.Instance.Equals(a, b));
        Assert.Equal(ResponsibilityAnswer.Hash(a), ResponsibilityAnswer.Hash(b));
        Assert.Equal(ResponsibilityAnswer.Hash(a), AnswerComparer<ResponsibilityAnswer>.Instance.GetHashCode(b));
    }

    [Fact]
    public void Responsibility_answers_differing_in_side_intent_or_actors_are_not_equal()
    {
        var a = Blame("konashenkov", Intent.Deliberate, "usa", "state-dept");

        Assert.False(ResponsibilityAnswer.Same(a, Blame("sohr", Intent.Deliberate, "usa", "state-dept")));
        Assert.False(ResponsibilityAnswer.Same(a, Blame("konashenkov", Intent.Accidental, "usa", "state-dept")));
        Assert.False(ResponsibilityAnswer.Same(a, Blame("konashenkov", Intent.Deliberate, "state-dept", "usa")));
        Assert.False(ResponsibilityAnswer.Same(a, Blame("konashenkov", Intent.Deliberate, "usa")));
        Assert.False(AnswerComparer<ResponsibilityAnswer>.Instance.Equals(a, Blame("konashenkov", Intent.Deliberate, "usa")));
        Assert.False(AnswerComparer<ResponsibilityAnswer>.Instance.Equals(a, null));
        Assert.False(AnswerComparer<ResponsibilityAnswer>.Instance.Equals(null, a));
        Assert.True(AnswerComparer<ResponsibilityAnswer>.Instance.Equals(null, null));
    }

    [Fact]
    public void Target_answers_of_one_side_scope_and_targets_are_equal()
    {
        var a = Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "terrorists" }, new Target { Kind = TargetKind.Hospital, Name = "al-Quds hospital" });
        var b = Account("russia-mod", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "TERRORISTS" }, new Target { Kind = TargetKind.Hospital });

        Assert.True(TargetAnswer.Same(a, b));
        Assert.True(AnswerComparer<TargetAnswer>.Instance.Equals(a, b));
        Assert.Equal(TargetAnswer.Hash(a), TargetAnswer.Hash(b));
    }

    [Fact]
    public void Target_answers_differing_in_side_scope_kinds_or_other_names_are_not_equal()
    {
        var terrorists = new Target { Kind = TargetKind.Other, Name = "terrorists" };
        var a = Account("konashenkov", TargetScope.Only, terrorists);

        Assert.False(TargetAnswer.Same(a, Account("sohr", TargetScope.Only, terrorists)));
        Assert.False(TargetAnswer.Same(a, Account("konashenkov", TargetScope.Mostly, terrorists)));
        Assert.False(TargetAnswer.Same(a, Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Other, Name = "opponents" })));
        Assert.False(TargetAnswer.Same(a, Account("konashenkov", TargetScope.Only, new Target { Kind = TargetKind.Hospital })));
        Assert.False(TargetAnswer.Same(a, Account("konashenkov", TargetScope.Only, terrorists, terrorists)));
        Assert.False(TargetAnswer.Same(Account("konashenkov", TargetScope.Only, terrorists, terrorists), a));
        Assert.False(AnswerComparer<TargetAnswer>.Instance.Equals(a, null));
    }
}
