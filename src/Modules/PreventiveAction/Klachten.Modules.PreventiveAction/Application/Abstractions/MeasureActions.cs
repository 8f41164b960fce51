using System.ComponentModel;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.Abstractions;

/// <summary>
/// The steps the current user may take on a measure now (<c>allowedActions</c>): the roles its endpoint requires, the access
/// check of its handler (<see cref="MeasureAccess"/>) and the aggregate's state rules (its WhyNot... answers), so that a listed
/// step does not fail on them. Attendance is recorded per session (a session's own held state), so it is not listed here.
/// </summary>
internal static class MeasureActions
{
    [Description("Besluiten over de maatregel")]
    public const string Decide = "decide";
    [Description("Starten")]
    public const string Start = "start";
    [Description("Voortgang vastleggen")]
    public const string RecordProgress = "recordProgress";
    [Description("Afronden")]
    public const string Complete = "complete";
    [Description("Effectiviteit beoordelen")]
    public const string ReviewEffectiveness = "reviewEffectiveness";
    [Description("Annuleren")]
    public const string Cancel = "cancel";
    [Description("Vervolgmaatregel voorstellen")]
    public const string ProposeFollowUp = "proposeFollowUp";
    [Description("Trainingssessie plannen")]
    public const string PlanSession = "planSession";

    /// <param name="trainingHeld">For a training: it has sessions, all held with their attendance recorded.</param>
    public static IReadOnlyList<string> For(ICurrentUser user, Measure measure, DateOnly today, bool trainingHeld)
    {
        var management = user.IsInRole(Roles.Management);
        var qualityManager = user.IsInRole(Roles.QualityManager);
        var owner = measure.IsOwnedBy(user.UserName);
        var actions = new List<string>();
        void Offer(string action, bool allowed)
        {
            if (allowed)
            {
                actions.Add(action);
            }
        }

        Offer(Decide, management && measure.WhyNotDecide() is null);
        Offer(Start, (management || qualityManager) && measure.WhyNotStart() is null);
        Offer(RecordProgress, owner && measure.WhyNotRecordProgress() is null);
        Offer(Complete, owner && measure.WhyNotComplete(trainingHeld) is null);
        Offer(ReviewEffectiveness, qualityManager && measure.WhyNotReview(today) is null);
        Offer(Cancel, management && measure.WhyNotCancel() is null);
        Offer(ProposeFollowUp, qualityManager && measure.WhyNotProposeFollowUp() is null);
        Offer(PlanSession, (owner || qualityManager) && measure.WhyNotPlanSession() is null);
        return actions;
    }

    /// <summary>
    /// A training's sessions let it complete when there is one and every one is held (as TrainingSessionRepository.AllHeldAsync).
    /// </summary>
    public static bool AllHeld(IReadOnlyCollection<bool> sessionsHeld) => sessionsHeld.Count > 0 && sessionsHeld.All(held => held);
}

/// <summary>The steps the current user may take on an office meeting now: the quality manager's, while the meeting allows them.</summary>
internal static class MeetingActions
{
    [Description("Agendapunt toevoegen")]
    public const string AddAgendaItem = "addAgendaItem";
    [Description("Notulen vastleggen")]
    public const string RecordMinutes = "recordMinutes";
    [Description("Vergadering sluiten")]
    public const string Close = "close";

    public static IReadOnlyList<string> For(ICurrentUser user, Meeting meeting)
    {
        if (!user.IsInRole(Roles.QualityManager) || meeting.WhyClosed() is not null)
        {
            return [];
        }

        return meeting.WhyNotClose() is null ? [AddAgendaItem, RecordMinutes, Close] : [AddAgendaItem, RecordMinutes];
    }
}
