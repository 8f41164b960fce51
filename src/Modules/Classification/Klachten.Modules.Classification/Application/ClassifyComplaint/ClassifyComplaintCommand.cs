using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.GetClassification;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.ClassifyComplaint;

/// <summary>
/// The complete classification the quality manager wants (PUT semantics): categories, and optionally the cause.
/// Omitting a recorded cause removes it, which is a change that needs a reason.
/// </summary>
internal sealed record ClassifyComplaintCommand(
    Guid ComplaintId,
    IReadOnlyList<string>? Categories,
    string? RootCause,
    string? RootCauseNote,
    string? Reason) : ICommand<ClassificationDto>
{
    // Trimmed here, so the validators and the handler see the same codes (a repetition with spaces is still one).
    public IReadOnlyList<string>? Categories { get; init; } = Categories?.Select(c => ReferenceCode.Normalize(c)!).ToArray();

    public string? RootCause { get; init; } = ReferenceCode.Normalize(RootCause);
}
