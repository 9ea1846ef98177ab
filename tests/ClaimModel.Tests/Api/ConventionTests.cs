using System.Reflection;
using System.Runtime.CompilerServices;

namespace ClaimModel.Tests.Api;

/// <summary>Shape rules every public type of the ClaimModel assembly keeps (after NodaTime's MutabilityTest):
/// data types are immutable records, enums or readonly structs; behaviour lives in static classes.</summary>
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

    [Fact]
    public void Public_types_are_sealed_or_abstract_records_enums_static_classes_or_readonly_structs()
    {
        var offenders = PublicTypes
            .Where(t => Shape(t) is null)
            .Select(t => $"{t.FullName}: {Describe(t)}")
            .ToArray();

        Assert.True(offenders.Length == 0,
            "Every public type must be a sealed record, an abstract record, an enum, a static class, a readonly struct " +
            "or a sealed exception class; these are not:" + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void Public_record_properties_have_no_public_setter_except_init()
    {
        var offenders = PublicTypes
            .Where(IsRecord)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}")
            .ToArray();

        Assert.True(offenders.Length == 0,
            "Public record properties must be get-only or init-only; these have a public setter:" + Environment.NewLine +
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

    /// <summary>A record class has the compiler-generated <c>&lt;Clone&gt;$</c> method.</summary>
    private static bool IsRecord(Type t) =>
        t.IsClass && t.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
