using FluentValidation;
using FluentValidation.Internal;

namespace ClaimModel.Validation;

/// <summary>The context a child record's validator runs in under a selector other than the default one
/// (<see cref="ChildRecords"/>): the child as the instance, the parent's root data and selector, and the full
/// property chain down to the child, so that the selector judges the child's rules by their full paths, as with
/// FluentValidation's <c>SetValidator</c>.</summary>
/// <param name="parent">The context of the parent's rule.</param>
/// <param name="child">The child record.</param>
/// <param name="chain">The full property chain of the child.</param>
internal sealed class SelectedChildContext(IValidationContext parent, object child, PropertyChain chain) : IValidationContext
{
    /// <inheritdoc/>
    public object InstanceToValidate => child;

    /// <inheritdoc/>
    public IDictionary<string, object> RootContextData => parent.RootContextData;

    /// <inheritdoc/>
    public PropertyChain PropertyChain => chain;

    /// <inheritdoc/>
    public IValidatorSelector Selector => parent.Selector;

    /// <inheritdoc/>
    public bool IsChildContext => true;

    /// <inheritdoc/>
    public bool IsChildCollectionContext => false;

    /// <inheritdoc/>
    public IValidationContext ParentContext => parent;

    /// <inheritdoc/>
    public bool IsAsync => false;

    /// <inheritdoc/>
    public bool ThrowOnFailures => false;
}
