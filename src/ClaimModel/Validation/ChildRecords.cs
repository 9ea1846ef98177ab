using FluentValidation;
using FluentValidation.Internal;

namespace ClaimModel.Validation;

/// <summary>How a record's rule checks a record it holds (<see cref="Child{TChild, TValidator}"/>) or each record of an array
/// it holds (<see cref="Elements{TElement, TValidator}"/>): the child's rules (<see cref="IRecordValidator{T}.Rules"/>) run in
/// the parent's rule, on the parent's context, with the child entered in the failure paths
/// (<c>Reports[0]</c> + <c>.Quote.End</c>).</summary>
/// <remarks>
/// <para>Same rules, same failures, same paths and order as FluentValidation's own <c>SetValidator</c> and
/// <c>RuleForEach</c>, without what they cost on the path every valid record takes: a child context per child
/// record (a context, a copy of the property chain, a result, a dictionary), the full path of each child rule and
/// a save and restore of the context per array element.</para>
/// <para>With a selector other than the default one (<c>IncludeProperties</c>, rule sets), which judges each rule
/// by its full path, the child's validator runs in a child context with the full chain
/// (<see cref="SelectedChildContext"/>), as with <c>SetValidator</c>.</para>
/// </remarks>
internal static class ChildRecords
{
    /// <summary>Checks <paramref name="child"/>, the value of the member being checked (or its element number
    /// <paramref name="index"/>, when not negative), when present, with the rules of <paramref name="validator"/>.</summary>
    public static void Child<TChild, TValidator>(this ref RecordIssues issues, TChild? child, TValidator validator, int index = -1)
        where TChild : class
        where TValidator : IValidator<TChild>, IRecordValidator<TChild>
    {
        if (child is null)
        {
            return;
        }

        if (issues.Context.Selector is not DefaultValidatorSelector)
        {
            var context = new SelectedChildContext(issues.Context, child, issues.ChainOf(index));
            foreach (var failure in validator.Validate(context).Errors)
            {
                issues.Add(failure);
            }

            return;
        }

        issues.Enter(index);
        validator.Rules.Check(ref issues, child);
        issues.Leave();
    }

    /// <summary>An array (the member being checked) whose elements must not be <see langword="null"/>
    /// (<see cref="ErrorCodes.ElementNull"/>) and each pass the rules of <paramref name="validator"/>.</summary>
    public static void Elements<TElement, TValidator>(this ref RecordIssues issues, ValueList<TElement> elements, TValidator validator)
        where TElement : class
        where TValidator : IValidator<TElement>, IRecordValidator<TElement>
    {
        var span = elements.AsSpan();
        var run = span.Length >= ClaimValidation.ProgressStride ? ValidationRun.Of(issues.Context) : null;
        for (var i = 0; i < span.Length; i++)
        {
            if (run is not null && i > 0 && i % ClaimValidation.ProgressStride == 0)
            {
                run.Advance(ClaimValidation.ProgressStride);
            }

            if (span[i] is { } element)
            {
                issues.Child<TElement, TValidator>(element, validator, i);
            }
            else
            {
                issues.Fail(ErrorCodes.ElementNull, "must not be null: remove the element or give a value", null, i);
            }
        }
    }
}
