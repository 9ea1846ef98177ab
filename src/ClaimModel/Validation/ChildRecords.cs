using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;
using FluentValidation.Validators;

namespace ClaimModel.Validation;

/// <summary>How a record validator runs the validator of a record it holds (<c>Child</c>) or of
/// each record in an array it holds (<see cref="Elements{T, TElement}"/>): the child validator runs in a context
/// that shares the parent's failures and root data but not its path, and the path of each failure it adds is
/// completed afterwards (<c>Reports[0]</c> + <c>.Quote.End</c>).</summary>
/// <remarks>
/// <para>Same validators, same failures, same order as FluentValidation's own <c>SetValidator</c> and
/// <c>RuleForEach</c>, but cheaper on the path every valid record takes: FluentValidation copies the property chain
/// into every child context and builds each rule's full path (<c>Claims[3].Reports[0].Quote.Start</c>: a chain
/// copy and a joined string per rule), and <c>RuleForEach</c> builds the element's path and saves and restores the
/// context for every element. Here a rule's path is its own member name (the chain stays as the parent's), and a
/// failure's full path is built only when there is a failure.</para>
/// <para>With a selector other than the default one (<c>IncludeProperties</c>, rule sets), which judges rules by
/// their full paths, the child context gets the full chain, as with <c>SetValidator</c>.</para>
/// <para>The failures a child adds are those after a mark placed in the shared failure list before it runs
/// (FluentValidation gives no public count of a context's failures); the mark is taken out again.</para>
/// </remarks>
internal static class ChildRecords
{
    /// <summary>Marks where a child's failures start; never left in a result.</summary>
    private static readonly ValidationFailure Mark = new(string.Empty, "(start of a child record's failures)");

    /// <summary>Validates the member, when present, with <paramref name="validator"/>.</summary>
    public static IRuleBuilderOptions<T, TChild?> Child<T, TChild>(this IRuleBuilder<T, TChild?> rule, IValidator<TChild> validator)
        where TChild : class =>
        rule.Child((context, child) => Validate(context, validator, child));

    /// <summary>Validates the member, when present, with <paramref name="validate"/>, which calls
    /// <see cref="Validate{T, TChild}"/> with the validator for the member's runtime type.</summary>
    public static IRuleBuilderOptions<T, TChild?> Child<T, TChild>(this IRuleBuilder<T, TChild?> rule, Action<ValidationContext<T>, TChild> validate)
        where TChild : class =>
        rule.SetValidator(new ChildValidator<T, TChild>(validate));

    /// <summary>An array whose elements must not be <see langword="null"/> (<see cref="ErrorCodes.ElementNull"/>)
    /// and each pass <paramref name="validator"/>.</summary>
    public static IRuleBuilderOptions<T, ValueList<TElement>> Elements<T, TElement>(this IRuleBuilder<T, ValueList<TElement>> rule, IValidator<TElement> validator)
        where TElement : class =>
        rule.SetValidator(new ElementsValidator<T, TElement>(validator));

    /// <summary>Runs <paramref name="validator"/> on <paramref name="child"/>, the value of the rule being run in
    /// <paramref name="context"/> (or its element number <paramref name="index"/>, when not negative).</summary>
    public static void Validate<T, TChild>(ValidationContext<T> context, IValidator<TChild> validator, TChild child, int index = -1)
    {
        var childContext = context.CloneForChildValidator(child, preserveParentContext: true);
        if (context.Selector is not DefaultValidatorSelector)
        {
            // A selector (IncludeProperties, rule sets) judges rules by their full paths: build them as SetValidator does.
            childContext.PropertyChain.Add(RelativePath(context.PropertyPath, ChainOf(context)));
            if (index >= 0)
            {
                childContext.PropertyChain.AddIndexer(index);
            }

            validator.Validate(childContext);
            return;
        }

        childContext.AddFailure(Mark);
        var failures = validator.Validate(childContext).Errors;
        var mark = failures.Count - 1;
        while (!ReferenceEquals(failures[mark], Mark))
        {
            mark--;
        }

        if (mark < failures.Count - 1)
        {
            var prefix = context.PathOf(index);
            var chain = ChainOf(context);
            for (var i = mark + 1; i < failures.Count; i++)
            {
                failures[i].PropertyName = Join(prefix, RelativePath(failures[i].PropertyName, chain));
            }
        }

        failures.RemoveAt(mark);
    }

    /// <summary>The path of the chain the context (and so its child contexts) starts from.</summary>
    private static string ChainOf<T>(ValidationContext<T> context) =>
        context.PropertyChain.Count == 0 ? string.Empty : context.PropertyChain.ToString();

    /// <summary>A child failure's path without the parent's chain, which the child context shares (empty
    /// unless the validators are composed into a validator that adds one).</summary>
    private static string RelativePath(string path, string chain) =>
        chain.Length == 0 ? path : path.Length > chain.Length ? path[(chain.Length + ValidatorOptions.Global.PropertyChainSeparator.Length)..] : string.Empty;

    private static string Join(string prefix, string path) =>
        path.Length == 0 ? prefix : prefix + ValidatorOptions.Global.PropertyChainSeparator + path;

    /// <summary>Validates a present member.</summary>
    private sealed class ChildValidator<T, TChild>(Action<ValidationContext<T>, TChild> validate) : PropertyValidator<T, TChild?>
        where TChild : class
    {
        public override string Name => "ChildRecordValidator";

        public override bool IsValid(ValidationContext<T> context, TChild? value)
        {
            if (value is not null)
            {
                validate(context, value);
            }

            return true;
        }
    }

    /// <summary>Validates each element of an array, reporting null elements.</summary>
    private sealed class ElementsValidator<T, TElement>(IValidator<TElement> validator) : PropertyValidator<T, ValueList<TElement>>
        where TElement : class
    {
        public override string Name => "ElementsValidator";

        public override bool IsValid(ValidationContext<T> context, ValueList<TElement> value)
        {
            var elements = value.AsSpan();
            for (var i = 0; i < elements.Length; i++)
            {
                if (elements[i] is { } element)
                {
                    Validate(context, validator, element, i);
                }
                else
                {
                    context.AddFailure(new ValidationFailure(context.PathOf(i), "must not be null: remove the element or give a value", null)
                    {
                        ErrorCode = ErrorCodes.ElementNull,
                    });
                }
            }

            return true;
        }
    }
}
