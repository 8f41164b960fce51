namespace Klachten.Modules.Classification.Contracts;

/// <summary>
/// The categories and root causes the quality manager maintains, for modules that take a code as input (Analysis filters
/// its register and figures by them) or show its Dutch description.
/// </summary>
public interface IClassificationCodes
{
    Task<IReadOnlyList<ClassificationCode>> CategoriesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ClassificationCode>> RootCausesAsync(CancellationToken cancellationToken);
}

/// <param name="Code">the stable PascalCase code that events carry</param>
/// <param name="Description">the Dutch description, as shown to staff</param>
/// <param name="Active">false once deactivated: still valid for the history, no longer offered for new classifications</param>
public sealed record ClassificationCode(string Code, string Description, bool Active);
