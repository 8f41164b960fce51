using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.Abstractions;

/// <summary>
/// The quality manager and management see every measure; anyone else only the measures they own. The owner alone records
/// progress and completion. Enforced in handlers because it depends on data (who owns the measure).
/// </summary>
internal static class MeasureAccess
{
    public const string Module = "PreventiveAction";
    public const string Subject = "Measure";
    public const string MeetingSubject = "Meeting";

    public static bool SeesAll(ICurrentUser user) => user.SeesAllComplaints();

    public static bool Owns(ICurrentUser user, string? owner) =>
        owner is not null && string.Equals(owner, user.UserName, StringComparison.OrdinalIgnoreCase);

    public static void EnsureMayRead(ICurrentUser user, Guid measureId, string? owner)
    {
        if (!SeesAll(user) && !Owns(user, owner))
        {
            throw new ForbiddenException(
                $"Measure {measureId} is not yours: the quality manager and management see every measure, others their own.");
        }
    }

    public static void EnsureOwner(ICurrentUser user, Measure measure)
    {
        if (!measure.IsOwnedBy(user.UserName))
        {
            throw new ForbiddenException($"Only the owner of measure {measure.Reference} records its progress and completion.");
        }
    }

    /// <summary>Sessions and attendance: the owner of the training or the quality manager.</summary>
    public static void EnsureOwnerOrQualityManager(ICurrentUser user, Measure measure)
    {
        if (!measure.IsOwnedBy(user.UserName) && !user.IsInRole(Roles.QualityManager))
        {
            throw new ForbiddenException($"Only the owner of training {measure.Reference} or the quality manager plans its sessions.");
        }
    }
}

/// <summary>What every step on a measure answers: where it stands now.</summary>
internal sealed record MeasureStepResult(Guid Id, string Reference, MeasureStatus Status)
{
    public static MeasureStepResult Of(Measure measure) => new(measure.Id, measure.Reference, measure.Status);
}

internal static class AmsterdamDate
{
    public static DateOnly Of(DateTimeOffset instant) => Klachten.BuildingBlocks.Calendar.AmsterdamTime.LocalDate(instant);
}

internal static class Texts
{
    public const int Title = 200;
    public const int Long = 4000;
    public const int Code = 100;
}
