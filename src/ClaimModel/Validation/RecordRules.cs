using System.Collections;
using System.Runtime.InteropServices;
using FluentValidation;
using FluentValidation.Validators;

namespace ClaimModel.Validation;

/// <summary>The rules of a record type, one per member in declaration order, each a <see cref="RecordCheck{T}"/>:
/// the record's validator runs each as one FluentValidation rule named after its member (<see cref="AddTo"/>),
/// and the validator of a record that holds one runs them all in its own rule, without a child context
/// (<see cref="Check"/>, through <see cref="ChildRecords"/>).</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Written as a collection initializer: <c>{ nameof(Claim.Id), static (ref issues, claim) =&gt; issues.Id(claim.Id) }</c>.</remarks>
internal sealed class RecordRules<T> : IEnumerable<(string Member, RecordCheck<T> Check)>
{
    private readonly List<(string Member, RecordCheck<T> Check)> _rules = [];

    /// <summary>Appends the rule of <paramref name="member"/> (a PascalCase property name).</summary>
    public void Add(string member, RecordCheck<T> check) => _rules.Add((member, check));

    /// <summary>Runs every rule on <paramref name="record"/>, in order; <paramref name="issues"/> has entered the record.</summary>
    public void Check(ref RecordIssues issues, T record)
    {
        foreach (var (member, check) in CollectionsMarshal.AsSpan(_rules))
        {
            issues.Member = member;
            check(ref issues, record);
        }
    }

    /// <summary>Adds every rule to <paramref name="validator"/> as a FluentValidation rule named after its member.</summary>
    public void AddTo(AbstractValidator<T> validator)
    {
        foreach (var (member, check) in _rules)
        {
            validator.RuleFor(x => x).SetValidator(new MemberRule(member, check)).OverridePropertyName(member);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<(string Member, RecordCheck<T> Check)> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One member's rule as a FluentValidation property validator (of the record itself, so nothing is
    /// boxed); its failures are finished <see cref="FluentValidation.Results.ValidationFailure"/>s.</summary>
    private sealed class MemberRule(string member, RecordCheck<T> check) : PropertyValidator<T, T>
    {
        public override string Name => "RecordRule";

        public override bool IsValid(ValidationContext<T> context, T value)
        {
            var issues = new RecordIssues(context, member);
            check(ref issues, value);
            issues.AddTo(context);
            return true;
        }
    }
}
