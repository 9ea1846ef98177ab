namespace ClaimModel.Validation;

/// <summary>A record validator whose rules are a <see cref="RecordRules{T}"/> table, so that a validator of a
/// record holding one runs them directly (<see cref="ChildRecords"/>) instead of in a child context.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Not an <c>IValidator&lt;T&gt;</c> itself, so that implementing it adds nothing to the validators' public
/// shape; <see cref="ChildRecords"/> asks for both.</remarks>
internal interface IRecordValidator<T>
{
    /// <summary>The validator's rules, one per member, in order.</summary>
    RecordRules<T> Rules { get; }
}
