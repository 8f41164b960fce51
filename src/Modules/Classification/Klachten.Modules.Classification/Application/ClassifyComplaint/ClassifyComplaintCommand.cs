using Klachten.BuildingBlocks.Application;

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
    string? Reason,
    string ClassifiedBy) : ICommand<ClassificationDto>;
