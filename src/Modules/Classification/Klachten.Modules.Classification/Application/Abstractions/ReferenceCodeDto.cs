namespace Klachten.Modules.Classification.Application.Abstractions;

/// <summary>A category or root cause: its code (used in the API and events), Dutch description, and whether it can be chosen.</summary>
internal sealed record ReferenceCodeDto(string Code, string Description, bool Active);
