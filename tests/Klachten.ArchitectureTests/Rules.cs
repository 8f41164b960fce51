using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Klachten.BuildingBlocks.Application;
using MediatR;
using NetArchTest.Rules;

namespace Klachten.ArchitectureTests;

/// <summary>
/// The rules of the house, each a function that returns what breaks it. The tests apply every rule to the real
/// modules (expecting nothing) and to deliberately wrong samples (expecting exactly those), so each rule is seen to bite.
/// </summary>
public static class Rules
{
    private static readonly string[] ForbiddenInDomain =
        ["Dapper", "Npgsql", "Microsoft.AspNetCore", "MediatR", "Hangfire", "FluentValidation", "AutoMapper"];

    /// <summary>A module assembly may reference another module only through that module's Contracts.</summary>
    public static IReadOnlyList<string> ReferencesToOtherModulesInternals(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Klachten.Modules.", StringComparison.Ordinal)
                           && !name.EndsWith(".Contracts", StringComparison.Ordinal)
                           && name != assembly.GetName().Name)
            .ToList();

    /// <summary>Contracts are what others compile against: they depend on nothing of ours, so they cannot leak internals.</summary>
    public static IReadOnlyList<string> ContractsDependenciesOnOurCode(Assembly contracts) =>
        contracts.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Klachten.", StringComparison.Ordinal))
            .ToList();

    /// <summary>The domain knows no database, web, mediator, job or validation library, and no outer layer of its module.</summary>
    public static IReadOnlyList<string> ImpureDomainTypes(Assembly assembly, string moduleNamespace)
    {
        var forbidden = ForbiddenInDomain
            .Concat([$"{moduleNamespace}.Application", $"{moduleNamespace}.Infrastructure", $"{moduleNamespace}.Endpoints"])
            .ToArray();
        return Failing(Types.InAssembly(assembly).That().ResideInNamespace($"{moduleNamespace}.Domain")
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult());
    }

    /// <summary>Use cases do not reach outwards into infrastructure or endpoints, nor into ASP.NET.</summary>
    public static IReadOnlyList<string> ApplicationTypesDependingOnOuterLayers(Assembly assembly, string moduleNamespace) =>
        Failing(Types.InAssembly(assembly).That().ResideInNamespace($"{moduleNamespace}.Application")
            .ShouldNot().HaveDependencyOnAny($"{moduleNamespace}.Infrastructure", $"{moduleNamespace}.Endpoints", "Microsoft.AspNetCore")
            .GetResult());

    /// <summary>Handlers, validators and event handlers are internal: only Contracts and the registration are public.</summary>
    public static IReadOnlyList<string> PublicHandlersAndValidators(IEnumerable<Type> types) =>
        types.Where(type => type.IsClass && !type.IsAbstract && (type.IsPublic || type.IsNestedPublic))
            .Where(type => type.GetInterfaces().Any(i =>
                i == typeof(IValidator) ||
                (i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
                                     || i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)))))
            .Select(type => type.FullName!)
            .ToList();

    /// <summary>Inside a module only the registration class (XModule) is public; everything else is internal by default.</summary>
    public static IReadOnlyList<string> PublicTypesBesidesRegistration(IEnumerable<Type> types, string registrationTypeName) =>
        types.Where(type => type.IsPublic && type.Name != registrationTypeName)
            .Select(type => type.FullName!)
            .ToList();

    /// <summary>Names say what a type is: XCommand/XQuery, XCommandHandler/XQueryHandler, XValidator.</summary>
    public static IReadOnlyList<string> BadlyNamedRequestTypes(IEnumerable<Type> types)
    {
        var failures = new List<string>();
        foreach (var type in types.Where(t => t is { IsClass: true } || t.IsValueType))
        {
            var interfaces = type.GetInterfaces();
            bool Implements(Type open) => interfaces.Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == open);

            if (Implements(typeof(ICommand<>)) && !type.Name.EndsWith("Command", StringComparison.Ordinal))
            {
                failures.Add($"{type.FullName}: a command's name ends in 'Command'");
            }

            if (Implements(typeof(IQuery<>)) && !type.Name.EndsWith("Query", StringComparison.Ordinal))
            {
                failures.Add($"{type.FullName}: a query's name ends in 'Query'");
            }

            if (Implements(typeof(ICommandHandler<,>)) && !type.Name.EndsWith("CommandHandler", StringComparison.Ordinal))
            {
                failures.Add($"{type.FullName}: a command handler's name ends in 'CommandHandler'");
            }

            if (Implements(typeof(IQueryHandler<,>)) && !type.Name.EndsWith("QueryHandler", StringComparison.Ordinal))
            {
                failures.Add($"{type.FullName}: a query handler's name ends in 'QueryHandler'");
            }

            if (interfaces.Contains(typeof(IValidator)) && !type.Name.EndsWith("Validator", StringComparison.Ordinal))
            {
                failures.Add($"{type.FullName}: a validator's name ends in 'Validator'");
            }

            if (Implements(typeof(IRequestHandler<,>)) && !Implements(typeof(ICommandHandler<,>)) && !Implements(typeof(IQueryHandler<,>)))
            {
                failures.Add($"{type.FullName}: handlers implement ICommandHandler or IQueryHandler, not MediatR directly");
            }
        }

        return failures;
    }

    // The parsers of text a request carries; a command handler that calls one was handed text instead of a typed command.
    private static readonly (string Type, string? Method)[] TextParsers =
    [
        ("Klachten.BuildingBlocks.Application.EnumNames", "Parse"), ("Klachten.BuildingBlocks.Application.EnumNames", "ParseOptional"),
        ("Klachten.BuildingBlocks.Application.EnumNames", "TryParse"), ("Klachten.BuildingBlocks.Application.Instants", null),
        ("Klachten.BuildingBlocks.Application.QueryValues", null), ("System.Guid", "Parse"), ("System.Guid", "TryParse"),
        ("System.DateOnly", "Parse"), ("System.DateOnly", "ParseExact"), ("System.DateOnly", "TryParse"),
        ("System.DateOnly", "TryParseExact"), ("System.DateTimeOffset", "Parse"), ("System.DateTimeOffset", "TryParse"),
        ("System.Int32", "Parse"), ("System.Int32", "TryParse"),
    ];

    private static readonly string[] TypedSuffixes = ["Id", "On", "At"];

    /// <summary>
    /// Requests arrive as text and are parsed at the edge (XRequest.ToCommand): a command is typed and its handler parses
    /// nothing. Fails on a command with a text id, date or moment (a string property named ...Id, ...On, ...At) and on a
    /// command handler that calls a text parser (EnumNames.Parse, Instants, QueryValues, Guid/DateOnly/int.Parse).
    /// </summary>
    public static IReadOnlyList<string> CommandsCarryingText(Assembly assembly)
    {
        var failures = new List<string>();
        var types = assembly.GetTypes();
        bool Implements(Type type, Type open) => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == open);

        foreach (var command in types.Where(t => Implements(t, typeof(ICommand<>))))
        {
            failures.AddRange(command.GetProperties()
                .Where(p => p.PropertyType == typeof(string) && TypedSuffixes.Any(s => p.Name.EndsWith(s, StringComparison.Ordinal)))
                .Select(p => $"{command.FullName}.{p.Name}: an id, date or moment travels typed, not as text"));
        }

        var handlers = types.Where(t => Implements(t, typeof(ICommandHandler<,>))).Select(t => t.FullName!).ToHashSet();
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(assembly.Location);
        foreach (var handler in module.Types.Where(t => handlers.Contains(t.FullName)))
        {
            var calls = WithNested(handler).SelectMany(t => t.Methods).Where(m => m.HasBody)
                .SelectMany(m => m.Body.Instructions)
                .Select(i => i.Operand).OfType<Mono.Cecil.MethodReference>()
                .Where(m => TextParsers.Any(p => m.DeclaringType.FullName == p.Type && (p.Method is null || m.Name == p.Method)))
                .Select(m => $"{m.DeclaringType.Name}.{m.Name}")
                .Distinct();
            failures.AddRange(calls.Select(call => $"{handler.FullName}: calls {call}; parse at the edge (XRequest.ToCommand)"));
        }

        return failures;
    }

    private static IEnumerable<Mono.Cecil.TypeDefinition> WithNested(Mono.Cecil.TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);

    /// <summary>
    /// Endpoints only send commands and queries: they reach neither into the module's infrastructure nor into the building
    /// blocks' (mail delivery, data access), so that no endpoint does after-commit work a handler should register.
    /// </summary>
    public static IReadOnlyList<string> EndpointTypesDependingOnInfrastructure(Assembly assembly, string moduleNamespace) =>
        Failing(Types.InAssembly(assembly).That().ResideInNamespace($"{moduleNamespace}.Endpoints")
            .ShouldNot().HaveDependencyOnAny($"{moduleNamespace}.Infrastructure", "Klachten.BuildingBlocks.Infrastructure")
            .GetResult());

    /// <summary>
    /// A module's SQL (its const strings and embedded .sql files) names only its own schema: another module's data is reached
    /// through that module's Contracts. Returns "where: schema" for every reference to one of <paramref name="otherSchemas"/>.
    /// </summary>
    public static IReadOnlyList<string> SqlNamingOtherSchemas(
        IEnumerable<Type> types, IEnumerable<(string Name, string Text)> sqlFiles, IReadOnlyCollection<string> otherSchemas)
    {
        var pattern = new Regex($@"(?<![\w$.])({string.Join('|', otherSchemas.Select(Regex.Escape))})\.[a-z_""]",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var constants = types.SelectMany(type => type
                .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field is { IsLiteral: true } && field.FieldType == typeof(string))
                .Select(field => (Name: $"{type.FullName}.{field.Name}", Text: (string)field.GetRawConstantValue()!)));
        return constants.Concat(sqlFiles)
            .SelectMany(sql => pattern.Matches(LineComment.Replace(sql.Text, "")).Select(match => $"{sql.Name}: {match.Groups[1].Value.ToLowerInvariant()}"))
            .Distinct()
            .ToList();
    }

    // "-- the analysis." is prose, not SQL.
    private static readonly Regex LineComment = new("--[^\n]*", RegexOptions.CultureInvariant);

    /// <summary>The embedded .sql files of an assembly (its migrations), by resource name.</summary>
    public static IReadOnlyList<(string Name, string Text)> EmbeddedSql(Assembly assembly) =>
        assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return (name, reader.ReadToEnd());
            })
            .ToList();

    private static IReadOnlyList<string> Failing(TestResult result) =>
        result.IsSuccessful ? [] : (result.FailingTypeNames ?? []).ToList();
}
