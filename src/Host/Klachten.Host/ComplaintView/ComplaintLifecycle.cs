using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Host.ComplaintView;

/// <summary>The one lifecycle status and the one timeline of a complaint, from the modules' parts (ADR 0017).</summary>
internal static class ComplaintLifecycle
{
    /// <summary>
    /// The furthest stage the complaint reached: Handling's status decides once a case is assigned (Assigned: InHandling;
    /// Decided or DecisionSent: Decided; Referred or ReferralConcluded: Referred, until the case is closed; Closed); before that,
    /// Classified once classified, Acknowledged once acknowledged, else Registered. Acknowledgement and classification happen in
    /// either order; the classification counts as the further stage.
    /// </summary>
    public static ComplaintLifecycleStatus Of(bool acknowledged, bool classified, string? handlingStatus) => handlingStatus switch
    {
        "Closed" => ComplaintLifecycleStatus.Closed,
        "Referred" or "ReferralConcluded" => ComplaintLifecycleStatus.Referred,
        "Decided" or "DecisionSent" => ComplaintLifecycleStatus.Decided,
        "Assigned" => ComplaintLifecycleStatus.InHandling,
        _ when classified => ComplaintLifecycleStatus.Classified,
        _ when acknowledged => ComplaintLifecycleStatus.Acknowledged,
        _ => ComplaintLifecycleStatus.Registered,
    };

    /// <summary>What happened, oldest first (equal moments in the order of the procedure), from what the caller may read.</summary>
    public static IReadOnlyList<TimelineEntryDto> Timeline(
        ComplaintRegistrationView registration, ComplaintClassificationView? classification, HandlingCaseView? handling,
        IReadOnlyList<ComplaintLetterDto> letters)
    {
        const string intakeModule = ComplaintViewModules.Intake, classificationModule = ComplaintViewModules.Classification,
            handlingModule = ComplaintViewModules.Handling;
        var entries = new List<TimelineEntryDto>
        {
            new(registration.RegisteredAt, TimelineKind.Registered, intakeModule, registration.RegisteredBy, registration.Channel.ToString()),
        };
        if (registration.AcknowledgedAt is { } acknowledgedAt)
        {
            entries.Add(new(acknowledgedAt, TimelineKind.Acknowledged, intakeModule, registration.AcknowledgedBy, null));
        }

        if (registration.AcknowledgementBreachRecordedAt is { } ackBreach)
        {
            entries.Add(new(ackBreach, TimelineKind.AcknowledgementDeadlineBreached, intakeModule, "system", null));
        }

        foreach (var step in classification?.History ?? [])
        {
            entries.Add(new(step.ChangedAt, step.Version == 1 ? TimelineKind.Classified : TimelineKind.Reclassified, classificationModule,
                step.ChangedBy, string.Join(", ", step.Categories) + (step.RootCause is null ? "" : $"; {step.RootCause}")));
        }

        if (handling?.Details is { } details)
        {
            entries.AddRange(details.Assignments.Select(a => new TimelineEntryDto(a.AssignedAt, TimelineKind.Assigned, handlingModule, a.AssignedBy, a.Officer)));
            entries.AddRange(details.Contacts.Select(c => new TimelineEntryDto(c.ContactedAt, TimelineKind.Contact, handlingModule, c.LoggedBy, c.Channel)));
            if (details.Extension is { } extension)
            {
                entries.Add(new(extension.ExtendedAt, TimelineKind.Extended, handlingModule, extension.ExtendedBy, $"{extension.NewDueOn:yyyy-MM-dd}"));
            }

            if (details.Decision is { } decision)
            {
                entries.Add(new(decision.DecidedAt, TimelineKind.Decided, handlingModule, decision.DecidedBy, decision.Outcome.ToString()));
            }

            if (details.Referral is { } referral)
            {
                entries.Add(new(referral.RecordedAt, TimelineKind.Referred, handlingModule, referral.RecordedBy, referral.Body));
                if (referral.ConcludedAt is { } concludedAt)
                {
                    entries.Add(new(concludedAt, TimelineKind.ReferralConcluded, handlingModule, null, referral.Outcome?.ToString()));
                }
            }

            if (handling.BreachRecordedAt is { } settlementBreach)
            {
                entries.Add(new(settlementBreach, TimelineKind.SettlementDeadlineBreached, handlingModule, "system", null));
            }

            if (details.Closure is { } closure)
            {
                entries.Add(new(closure.ClosedAt, TimelineKind.Closed, handlingModule, closure.ClosedBy, null));
            }
        }

        // A posted letter has its moment in PostedAt (it was printed, not sent); a letter sent by e-mail in SentAt.
        entries.AddRange(letters.Where(l => l.PostedAt is not null).Select(l => new TimelineEntryDto(
            l.PostedAt!.Value, TimelineKind.LetterPosted, l.Module, null, l.Kind)));
        entries.AddRange(letters.Where(l => l.PostedAt is null && l.SentAt is not null && l.Status == "Sent").Select(l => new TimelineEntryDto(
            l.SentAt!.Value, TimelineKind.LetterSent, l.Module, null, l.Kind)));
        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Kind)];
    }
}
