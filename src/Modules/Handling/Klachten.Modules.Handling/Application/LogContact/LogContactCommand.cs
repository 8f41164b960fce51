using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.LogContact;

/// <summary>A contact with the complainant while seeking a solution: when, how, what was said, what was agreed next.</summary>
internal sealed record LogContactCommand(
    Guid ComplaintId, DateTimeOffset ContactedAt, ContactChannel Channel, string Summary, string? NextStep)
    : ICommand<LogContactResult>;

internal sealed record LogContactResult(Guid ComplaintId, Guid ContactId);

/// <summary>The contact as sent: text, checked by <see cref="LogContactCommandValidator"/>, then parsed into the command.</summary>
internal sealed record ContactRequest(
    [property: Required, TextForm(TextForm.Moment)] string? ContactedAt,
    [property: Required, OneOf(typeof(ContactChannel))] string? Channel,
    [property: Required, InternalText("What was said.")] string? Summary,
    [property: InternalText("What was agreed next.")] string? NextStep)
{
    public LogContactCommand ToCommand(Guid complaintId) => new(complaintId, Instants.Parse(ContactedAt!), EnumNames.Parse<ContactChannel>(Channel),
        CleanText.Normalize(Summary!.Trim()), string.IsNullOrWhiteSpace(NextStep) ? null : CleanText.Normalize(NextStep.Trim()));
}
