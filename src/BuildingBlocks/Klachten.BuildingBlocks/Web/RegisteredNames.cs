using Klachten.BuildingBlocks.Application.Correspondence;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// The sets of names that modules register because a type outside the module answers with them: the shapes every module's
/// letters share (<see cref="Application.CorrespondenceDto"/>), a Contracts record, the Host's composition. Their names are the
/// module's own (an internal enum), so only the module can say them.
/// </summary>
public static class NameSets
{
    /// <summary>The kinds of a module's letters and e-mails (Acknowledgement, DecisionLetter, ...).</summary>
    public const string LetterKind = nameof(LetterKind);

    /// <summary>How a module's letters go (Email, Letter).</summary>
    public const string LetterChannel = nameof(LetterChannel);

    /// <summary>Where a module's letter stands (Draft, Pending, Sent, Printed, Posted).</summary>
    public const string LetterStatus = nameof(LetterStatus);

    /// <summary>Where a complaint stands in the module (Intake's registration, Handling's case), as the dashboard counts them.</summary>
    public const string Status = nameof(Status);

    /// <summary>How a contact with the complainant took place (Phone, Email, ...), as Handling's contracts carry it.</summary>
    public const string ContactChannel = nameof(ContactChannel);
}

/// <summary>One module's names of a <see cref="NameSets"/> set: those <see cref="NamesType"/> defines, as <see cref="OneOfAttribute"/> reads them.</summary>
public sealed record ModuleNames(string Module, string Set, Type NamesType)
{
    public IReadOnlyList<AllowedName> Allowed { get; } = AllowedName.Of(NamesType);
}

/// <summary>
/// A text value that is one of the names the modules registered for <see cref="Set"/> (<see cref="ModuleNames"/>): those of
/// <see cref="Module"/> only, or the union of every module's where one shape carries several modules' values. With
/// <see cref="ListsModules"/>, the value is the name of a module that registered the set. The API document lists them as the
/// schema's enum, as for <see cref="OneOfAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfRegisteredAttribute(string set) : Attribute
{
    public string Set { get; } = set;

    public string? Module { get; init; }

    public bool ListsModules { get; init; }

    /// <summary>The names, in the order the modules registered them; empty when no module registered the set.</summary>
    public IReadOnlyList<AllowedName> Allowed(IEnumerable<ModuleNames> registered)
    {
        var names = registered.Where(r => r.Set == Set && (Module is null || r.Module == Module)).ToList();
        return ListsModules
            ? [.. names.Select(r => r.Module).Distinct().Select(m => new AllowedName(m, null))]
            : [.. names.SelectMany(r => r.Allowed).DistinctBy(a => a.Name)];
    }
}

public static class RegisteredNamesServiceCollectionExtensions
{
    public static IServiceCollection AddNames(this IServiceCollection services, string module, string set, Type namesType) =>
        services.AddSingleton(new ModuleNames(module, set, namesType));

    /// <summary>
    /// A module that keeps correspondence: its failed e-mails in the overview across modules (<see cref="IModuleCorrespondence"/>,
    /// whose Module must be <paramref name="module"/>), and the names its letters carry in the shapes they share.
    /// </summary>
    public static IServiceCollection AddModuleCorrespondence<TCorrespondence>(this IServiceCollection services, string module,
        Type kinds, Type channels, Type statuses)
        where TCorrespondence : class, IModuleCorrespondence
    {
        services.AddScoped<IModuleCorrespondence, TCorrespondence>();
        return services.AddNames(module, NameSets.LetterKind, kinds).AddNames(module, NameSets.LetterChannel, channels)
            .AddNames(module, NameSets.LetterStatus, statuses);
    }
}
