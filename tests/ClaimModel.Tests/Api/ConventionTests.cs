using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClaimModel.Tests.Api;

/// <summary>Shape rules every public type of the ClaimModel assembly keeps (after NodaTime's MutabilityTest):
/// data types are immutable records, enums or readonly structs; behaviour lives in static classes, sealed
/// FluentValidation validators and sealed JSON converters; the only other classes are sealed exceptions and the
/// reviewed ones listed below.</summary>
public sealed class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(ClaimDocument).Assembly.GetExportedTypes()
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void The_assembly_exports_types()
    {
        Assert.Contains(typeof(ClaimDocument), PublicTypes);
        Assert.Contains(typeof(Statement), PublicTypes);
    }

    /// <summary>Public classes accepted after review, each with its reason. A type must be listed here to be a
    /// class of another shape; it is still checked for public setters below.</summary>
    private static readonly Dictionary<string, string> ReviewedClasses = new(StringComparer.Ordinal)
    {
        ["ClaimModel.Validation.ValidationOutcome"] = "data: should become a sealed record (then remove it here)",
        ["ClaimModel.Validation.MergeOutcome"] = "data: should become a sealed record (then remove it here)",
        ["ClaimModel.Engine.ContradictionIndex"] = "the incremental engine: stateful by design (one writer, snapshot readers)",
        ["ClaimModel.Engine.SynchronizedContradictionIndex"] = "the incremental engine for many writers: stateful by design (a lock around the index)",
        ["ClaimModel.Disputes.DisputeTracker"] = "the incremental disputes beside an index: stateful by design (one writer, like the index)",
    };

    [Fact]
    public void Public_types_are_sealed_or_abstract_records_enums_static_classes_or_readonly_structs()
    {
        var offenders = PublicTypes
            .Where(t => Shape(t) is null && !ReviewedClasses.ContainsKey(t.FullName!))
            .Select(t => $"{t.FullName}: {Describe(t)}")
            .ToArray();

        Assert.True(offenders.Length == 0,
            "Every public type must be a sealed record, an abstract record, an enum, a static class, a readonly struct, " +
            "a sealed exception class, a sealed FluentValidation validator or a sealed System.Text.Json converter. To accept another class deliberately, add " +
            "it with its reason to ConventionTests.ReviewedClasses. These are not:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Public_class_and_record_properties_have_no_public_setter_except_init()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToArray();

        Assert.True(offenders.Length == 0,
            "Public properties of public classes and records must be get-only or init-only; these have a public setter:" + Environment.NewLine +
            string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Public_structs_have_no_public_setters_or_fields()
    {
        var offenders = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.SetMethod is { IsPublic: true }).Select(p => $"{t.FullName}.{p.Name} (setter)")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => $"{t.FullName}.{f.Name} (field)")))
            .ToArray();

        Assert.True(offenders.Length == 0, "Public structs must be immutable:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    private static string? Shape(Type t) => t switch
    {
        { IsEnum: true } => "enum",
        { IsValueType: true } when t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false) => "readonly struct",
        { IsClass: true, IsAbstract: true, IsSealed: true } => "static class",
        { IsClass: true, IsSealed: true } when IsRecord(t) => "sealed record",
        { IsClass: true, IsAbstract: true } when IsRecord(t) => "abstract record",
        { IsClass: true, IsSealed: true } when typeof(Exception).IsAssignableFrom(t) => "sealed exception",
        { IsClass: true, IsSealed: true } when IsValidator(t) => "sealed validator",
        { IsClass: true, IsSealed: true } when typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) => "sealed JSON converter",
        _ => null,
    };

    private static string Describe(Type t) => t switch
    {
        { IsInterface: true } => "interface",
        { IsValueType: true } => "mutable struct (mark it readonly)",
        { IsClass: true } when IsRecord(t) => "unsealed, non-abstract record",
        { IsClass: true, IsSealed: true } => "sealed class (make it a sealed record or a static class)",
        { IsClass: true } => "class",
        _ => "delegate or other",
    };

    /// <summary>A FluentValidation <c>AbstractValidator&lt;T&gt;</c> (the STYLE guide's one validator per record).</summary>
    private static bool IsValidator(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A record class has the compiler-generated <c>&lt;Clone&gt;$</c> method.</summary>
    private static bool IsRecord(Type t) =>
        t.IsClass && t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
