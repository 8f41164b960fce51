using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.AddReferenceCode;

internal sealed record AddReferenceCodeCommand(ReferenceList List, string Code, string Description) : ICommand<ReferenceCodeDto>;

/// <summary>The entry as sent, checked by <see cref="AddReferenceCodeCommandValidator"/>; the code trimmed before it is checked.</summary>
internal sealed record AddReferenceCodeRequest(string? Code, [property: Required] string? Description)
{
    [Required]
    public string? Code { get; init; } = ReferenceCode.Normalize(Code);

    public AddReferenceCodeCommand ToCommand(ReferenceList list) => new(list, Code!, CleanText.Normalize(Description!.Trim()));
}
