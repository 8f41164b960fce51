using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Tests.Domain;

public sealed class HandlingCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly ReceivedOn = new(2026, 3, 2);
    private static readonly DateOnly DueOn = new(2026, 3, 16);

    private static HandlingCase NewCase(string? agent = "agent.jansen") =>
        HandlingCase.Open(Guid.NewGuid(), "KL-2026-000001", agent, ReceivedOn, DueOn, Now);

    private static HandlingCase Assigned()
    {
        var handlingCase = NewCase();
        handlingCase.Assign("officer.de.vries", "qm", selfAssignment: false, Now);
        return handlingCase;
    }

    private static HandlingCase Decided()
    {
        var handlingCase = Assigned();
        handlingCase.Decide(DecisionOutcome.PartlyWellFounded, "Reasoning", "Remedy", "officer.de.vries", Now);
        return handlingCase;
    }

    private static HandlingCase DecisionSent(DateOnly? sentOn = null)
    {
        var handlingCase = Decided();
        handlingCase.RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, sentOn ?? ReceivedOn, "officer.de.vries");
        return handlingCase;
    }

    private static HandlingCase Referred()
    {
        var handlingCase = DecisionSent();
        handlingCase.Refer(ReceivedOn.AddDays(10), "De Geschillencommissie", "GC-123", "officer.de.vries", Now);
        return handlingCase;
    }

    private static HandlingCase ReferralConcluded()
    {
        var handlingCase = Referred();
        handlingCase.ConcludeReferral(ReferralOutcome.Rejected, ReceivedOn.AddDays(60), "qm", Now);
        return handlingCase;
    }

    private static HandlingCase Closed()
    {
        var handlingCase = DecisionSent();
        handlingCase.Close(complainantSatisfied: true, "officer.de.vries", Now);
        return handlingCase;
    }

    private static void AssertRefused(string code, Action action, RuleKind kind = RuleKind.Conflict)
    {
        var exception = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(code, exception.Code);
        Assert.Equal(kind, exception.Kind);
    }

    [Fact]
    public void A_new_case_is_open_unassigned_with_the_registration_due_date()
    {
        var handlingCase = NewCase();
        Assert.Equal(CaseStatus.Open, handlingCase.Status);
        Assert.Null(handlingCase.Officer);
        Assert.Equal(DueOn, handlingCase.DueOn);
    }

    [Fact]
    public void Assigning_an_open_case_makes_it_assigned_and_records_the_assignment()
    {
        var handlingCase = NewCase();
        var assignment = handlingCase.Assign("officer.de.vries", "qm", selfAssignment: false, Now);
        Assert.Equal(CaseStatus.Assigned, handlingCase.Status);
        Assert.Equal("officer.de.vries", handlingCase.Officer);
        Assert.Null(assignment.PreviousOfficer);
        Assert.Equal("qm", assignment.AssignedBy);
        Assert.Single(handlingCase.NewAssignments);
    }

    [Fact]
    public void Reassignment_by_the_quality_manager_records_the_previous_officer()
    {
        var handlingCase = Assigned();
        var assignment = handlingCase.Assign("officer.bakker", "qm", selfAssignment: false, Now);
        Assert.Equal("officer.de.vries", assignment.PreviousOfficer);
        Assert.Equal("officer.bakker", handlingCase.Officer);
        Assert.Equal(2, handlingCase.NewAssignments.Count);
    }

    [Fact]
    public void Reassignment_keeps_a_decided_case_decided()
    {
        var handlingCase = Decided();
        handlingCase.Assign("officer.bakker", "qm", selfAssignment: false, Now);
        Assert.Equal(CaseStatus.Decided, handlingCase.Status);
    }

    [Fact]
    public void An_officer_can_take_an_unassigned_case()
    {
        var handlingCase = NewCase();
        handlingCase.Assign("officer.bakker", "officer.bakker", selfAssignment: true, Now);
        Assert.Equal("officer.bakker", handlingCase.Officer);
    }

    [Fact]
    public void An_officer_cannot_take_a_case_assigned_to_someone_else() =>
        AssertRefused(HandlingErrors.AlreadyAssigned, () => Assigned().Assign("officer.bakker", "officer.bakker", selfAssignment: true, Now));

    [Fact]
    public void Assigning_the_current_officer_again_is_refused() =>
        AssertRefused(HandlingErrors.AlreadyAssigned, () => Assigned().Assign("officer.de.vries", "qm", selfAssignment: false, Now));

    [Theory]
    [InlineData("agent.jansen")]
    [InlineData("AGENT.JANSEN")]
    [InlineData(" agent.jansen ")]
    public void The_collection_agent_of_the_complaint_can_never_handle_it(string officer) =>
        AssertRefused(HandlingErrors.AgentCannotHandle, () => NewCase().Assign(officer, "qm", selfAssignment: false, Now), RuleKind.Unprocessable);

    [Fact]
    public void The_collection_agent_cannot_take_the_case_themselves_either()
    {
        var handlingCase = NewCase();
        AssertRefused(HandlingErrors.AgentCannotHandle,
            () => handlingCase.Assign("agent.jansen", "agent.jansen", selfAssignment: true, Now), RuleKind.Unprocessable);
        Assert.Equal(CaseStatus.Open, handlingCase.Status);
        Assert.Empty(handlingCase.NewAssignments);
    }

    [Fact]
    public void Without_a_collection_agent_any_officer_may_handle()
    {
        var handlingCase = NewCase(agent: null);
        handlingCase.Assign("agent.jansen", "qm", selfAssignment: false, Now);
        Assert.Equal(CaseStatus.Assigned, handlingCase.Status);
    }

    [Fact]
    public void The_extension_keeps_the_message_to_the_complainant_apart_from_its_internal_reason()
    {
        var extension = Assigned().Extend(DueOn.AddDays(14), "Colleague on leave", ReceivedOn, "officer.de.vries", Now,
            messageToComplainant: "Wij wachten op gegevens van de opdrachtgever.");

        Assert.Equal("Colleague on leave", extension.Reason);
        Assert.Equal("Wij wachten op gegevens van de opdrachtgever.", extension.MessageToComplainant);
    }

    [Fact]
    public void A_closed_case_cannot_be_reassigned() =>
        AssertRefused(HandlingErrors.CaseClosed, () => Closed().Assign("officer.bakker", "qm", selfAssignment: false, Now));

    [Fact]
    public void A_contact_needs_an_assigned_officer() =>
        AssertRefused(HandlingErrors.NotAssigned, () => NewCase().LogContact(Now, ContactChannel.Phone, "Called", null, "x", Now));

    [Fact]
    public void An_assigned_case_logs_contacts()
    {
        var handlingCase = Assigned();
        handlingCase.LogContact(Now, ContactChannel.Phone, "Called the complainant", "Send the statement", "officer.de.vries", Now);
        handlingCase.LogContact(Now, ContactChannel.Email, "Statement sent", null, "officer.de.vries", Now);
        Assert.Equal(2, handlingCase.NewContacts.Count);
        Assert.Equal(CaseStatus.Assigned, handlingCase.Status);
    }

    [Fact]
    public void A_contact_before_the_Amsterdam_day_of_receipt_is_refused_and_one_on_that_day_is_logged()
    {
        var handlingCase = Assigned();
        // 1 March 22:30 UTC is 23:30 in Amsterdam, the day before receipt; 23:30 UTC is already 2 March there.
        AssertRefused(HandlingErrors.ContactBeforeReceipt, () => handlingCase.LogContact(
            new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero), ContactChannel.Phone, "Called", null, "officer.de.vries", Now),
            RuleKind.Unprocessable);
        AssertRefused(HandlingErrors.ContactBeforeReceipt, () => handlingCase.LogContact(
            new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero), ContactChannel.Phone, "Called", null, "officer.de.vries", Now),
            RuleKind.Unprocessable);
        Assert.Empty(handlingCase.NewContacts);

        handlingCase.LogContact(new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero), ContactChannel.Phone, "Called", null, "officer.de.vries", Now);
        Assert.Single(handlingCase.NewContacts);
    }

    [Fact]
    public void Contacts_can_still_be_logged_after_the_decision()
    {
        var handlingCase = DecisionSent();
        handlingCase.LogContact(Now, ContactChannel.Phone, "Complainant disagrees", null, "officer.de.vries", Now);
        Assert.Single(handlingCase.NewContacts);
    }

    [Fact]
    public void A_closed_case_logs_no_contacts() =>
        AssertRefused(HandlingErrors.CaseClosed, () => Closed().LogContact(Now, ContactChannel.Phone, "x", null, "x", Now));

    [Fact]
    public void Extending_moves_the_due_date_and_keeps_the_original()
    {
        var handlingCase = Assigned();
        var extension = handlingCase.Extend(DueOn.AddDays(14), "Waiting for the client's file", ReceivedOn, "officer.de.vries", Now);
        Assert.Equal(DueOn, extension.PreviousDueOn);
        Assert.Equal(DueOn.AddDays(14), handlingCase.DueOn);
        Assert.Equal(DueOn, handlingCase.SettlementDueOn);
        Assert.Equal(CaseStatus.Assigned, handlingCase.Status);
    }

    [Fact]
    public void The_term_can_be_extended_only_once()
    {
        var handlingCase = Assigned();
        handlingCase.Extend(DueOn.AddDays(7), "reason", ReceivedOn, "officer.de.vries", Now);
        AssertRefused(HandlingErrors.ExtensionAlreadyUsed, () => handlingCase.Extend(DueOn.AddDays(14), "again", ReceivedOn, "officer.de.vries", Now));
        Assert.Equal(DueOn.AddDays(7), handlingCase.DueOn);
    }

    [Fact]
    public void Extension_needs_an_assigned_officer() =>
        AssertRefused(HandlingErrors.NotAssigned, () => NewCase().Extend(DueOn.AddDays(7), "reason", ReceivedOn, "x", Now));

    [Fact]
    public void Extension_after_the_decision_is_refused() =>
        AssertRefused(HandlingErrors.AlreadyDecided, () => Decided().Extend(DueOn.AddDays(7), "reason", ReceivedOn, "x", Now));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_new_due_date_must_be_later_than_the_current_one(int days) =>
        AssertRefused(HandlingErrors.ExtensionNotLater,
            () => Assigned().Extend(DueOn.AddDays(days), "reason", ReceivedOn, "x", Now), RuleKind.Unprocessable);

    [Fact]
    public void An_extension_beyond_the_maximum_is_refused_and_the_maximum_itself_is_allowed()
    {
        AssertRefused(HandlingErrors.ExtensionTooLong,
            () => Assigned().Extend(DueOn.AddDays(29), "reason", ReceivedOn, "x", Now, maxExtensionDays: 28), RuleKind.Unprocessable);
        AssertRefused(HandlingErrors.ExtensionTooLong,
            () => Assigned().Extend(new DateOnly(9999, 12, 31), "reason", ReceivedOn, "x", Now), RuleKind.Unprocessable);

        var handlingCase = Assigned();
        handlingCase.Extend(DueOn.AddDays(28), "reason", ReceivedOn, "x", Now, maxExtensionDays: 28);
        Assert.Equal(DueOn.AddDays(28), handlingCase.DueOn);
    }

    [Fact]
    public void A_term_that_has_passed_cannot_be_extended() =>
        AssertRefused(HandlingErrors.TermExpired, () => Assigned().Extend(DueOn.AddDays(14), "reason", DueOn.AddDays(1), "x", Now));

    [Fact]
    public void A_term_can_be_extended_on_its_last_day()
    {
        var handlingCase = Assigned();
        handlingCase.Extend(DueOn.AddDays(14), "reason", DueOn, "x", Now);
        Assert.Equal(DueOn.AddDays(14), handlingCase.DueOn);
    }

    [Fact]
    public void Deciding_an_unassigned_case_is_refused()
    {
        var handlingCase = NewCase();
        AssertRefused(HandlingErrors.NotAssigned, () => handlingCase.Decide(DecisionOutcome.Unfounded, "r", null, "x", Now));
        Assert.Null(handlingCase.Decision);
        Assert.Equal(CaseStatus.Open, handlingCase.Status);
    }

    [Theory]
    [InlineData(nameof(DecisionOutcome.WellFounded))]
    [InlineData(nameof(DecisionOutcome.PartlyWellFounded))]
    [InlineData(nameof(DecisionOutcome.Unfounded))]
    [InlineData(nameof(DecisionOutcome.SettledByAgreement))]
    public void Deciding_an_assigned_case_sets_it_decided(string outcomeName)
    {
        var outcome = Enum.Parse<DecisionOutcome>(outcomeName);
        var handlingCase = Assigned();
        handlingCase.Decide(outcome, "Because", "A refund of the costs", "officer.de.vries", Now);
        Assert.Equal(CaseStatus.Decided, handlingCase.Status);
        Assert.Equal(outcome, handlingCase.Decision!.Outcome);
        Assert.Equal("A refund of the costs", handlingCase.Decision.Remedy);
    }

    [Fact]
    public void A_blank_remedy_is_recorded_as_none()
    {
        var handlingCase = Assigned();
        handlingCase.Decide(DecisionOutcome.Unfounded, "Because", "  ", "officer.de.vries", Now);
        Assert.Null(handlingCase.Decision!.Remedy);
    }

    [Fact]
    public void Deciding_twice_is_refused_and_keeps_the_first_decision()
    {
        var handlingCase = Decided();
        AssertRefused(HandlingErrors.AlreadyDecided, () => handlingCase.Decide(DecisionOutcome.Unfounded, "other", null, "x", Now));
        Assert.Equal(DecisionOutcome.PartlyWellFounded, handlingCase.Decision!.Outcome);
    }

    [Fact]
    public void Deciding_after_the_letter_was_sent_is_refused() =>
        AssertRefused(HandlingErrors.AlreadyDecided, () => DecisionSent().Decide(DecisionOutcome.Unfounded, "r", null, "x", Now));

    [Fact]
    public void A_closed_case_cannot_be_decided() =>
        AssertRefused(HandlingErrors.CaseClosed, () => Closed().Decide(DecisionOutcome.Unfounded, "r", null, "x", Now));

    [Fact]
    public void Sending_a_letter_without_a_decision_is_refused() =>
        AssertRefused(HandlingErrors.NotDecided, () => Assigned().RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, ReceivedOn, "x"));

    [Fact]
    public void Sending_the_letter_sets_the_case_decision_sent()
    {
        var handlingCase = Decided();
        var letter = handlingCase.RecordDecisionLetterSent(CorrespondenceChannel.Letter, Now, ReceivedOn, "officer.de.vries");
        Assert.Equal(CaseStatus.DecisionSent, handlingCase.Status);
        Assert.Equal(CorrespondenceChannel.Letter, letter.Channel);
        Assert.Equal("officer.de.vries", letter.SentBy);
    }

    [Fact]
    public void Sending_the_letter_twice_is_refused() =>
        AssertRefused(HandlingErrors.DecisionLetterAlreadySent,
            () => DecisionSent().RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, ReceivedOn, "x"));

    [Theory]
    [InlineData(0, true)]
    [InlineData(-3, true)]
    [InlineData(1, false)]
    public void The_letter_is_in_time_when_sent_on_or_before_the_due_date(int daysAfterDue, bool inTime)
    {
        var handlingCase = Decided();
        var letter = handlingCase.RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, DueOn.AddDays(daysAfterDue), "x");
        Assert.Equal(inTime, letter.InTime);
    }

    [Fact]
    public void The_letter_is_in_time_against_the_extended_due_date()
    {
        var handlingCase = Assigned();
        handlingCase.Extend(DueOn.AddDays(14), "reason", ReceivedOn, "x", Now);
        handlingCase.Decide(DecisionOutcome.Unfounded, "r", null, "x", Now);
        Assert.True(handlingCase.RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, DueOn.AddDays(10), "x").InTime);
    }

    [Fact]
    public void A_referral_before_the_decision_is_refused() =>
        AssertRefused(HandlingErrors.NotDecided, () => Assigned().Refer(ReceivedOn, "GC", "1", "x", Now));

    [Fact]
    public void A_referral_before_the_decision_letter_is_refused() =>
        AssertRefused(HandlingErrors.DecisionLetterNotSent, () => Decided().Refer(ReceivedOn, "GC", "1", "x", Now));

    [Fact]
    public void A_referral_submitted_before_the_decision_letter_date_is_refused() =>
        AssertRefused(HandlingErrors.ReferralBeforeDecision,
            () => DecisionSent(sentOn: ReceivedOn.AddDays(5)).Refer(ReceivedOn.AddDays(4), "GC", "1", "x", Now), RuleKind.Unprocessable);

    [Fact]
    public void Referring_a_sent_decision_sets_the_case_referred()
    {
        var handlingCase = Referred();
        Assert.Equal(CaseStatus.Referred, handlingCase.Status);
        Assert.True(handlingCase.Referral!.IsOpen);
        Assert.Equal("GC-123", handlingCase.Referral.CaseNumber);
    }

    [Fact]
    public void Referring_twice_is_refused() =>
        AssertRefused(HandlingErrors.AlreadyReferred, () => Referred().Refer(ReceivedOn.AddDays(11), "GC", "2", "x", Now));

    [Fact]
    public void Referring_a_closed_case_is_refused() =>
        AssertRefused(HandlingErrors.CaseClosed, () => Closed().Refer(ReceivedOn.AddDays(11), "GC", "2", "x", Now));

    [Fact]
    public void Concluding_without_a_referral_is_refused() =>
        AssertRefused(HandlingErrors.NoReferral, () => DecisionSent().ConcludeReferral(ReferralOutcome.Rejected, ReceivedOn.AddDays(30), "x", Now));

    [Theory]
    [InlineData(nameof(ReferralOutcome.Upheld))]
    [InlineData(nameof(ReferralOutcome.PartlyUpheld))]
    [InlineData(nameof(ReferralOutcome.Rejected))]
    [InlineData(nameof(ReferralOutcome.Withdrawn))]
    [InlineData(nameof(ReferralOutcome.Settled))]
    public void Concluding_a_referral_records_its_outcome(string outcomeName)
    {
        var outcome = Enum.Parse<ReferralOutcome>(outcomeName);
        var handlingCase = Referred();
        handlingCase.ConcludeReferral(outcome, ReceivedOn.AddDays(60), "qm", Now);
        Assert.Equal(CaseStatus.ReferralConcluded, handlingCase.Status);
        Assert.Equal(outcome, handlingCase.Referral!.Outcome);
        Assert.False(handlingCase.Referral.IsOpen);
    }

    [Fact]
    public void Concluding_a_referral_twice_is_refused() =>
        AssertRefused(HandlingErrors.ReferralAlreadyConcluded,
            () => ReferralConcluded().ConcludeReferral(ReferralOutcome.Upheld, ReceivedOn.AddDays(70), "x", Now));

    [Fact]
    public void A_referral_outcome_before_its_submission_is_refused() =>
        AssertRefused(HandlingErrors.ReferralOutcomeBeforeSubmission,
            () => Referred().ConcludeReferral(ReferralOutcome.Upheld, ReceivedOn.AddDays(9), "x", Now), RuleKind.Unprocessable);

    [Fact]
    public void Closing_an_undecided_case_is_refused()
    {
        AssertRefused(HandlingErrors.NotDecided, () => NewCase().Close(true, "x", Now));
        AssertRefused(HandlingErrors.NotDecided, () => Assigned().Close(true, "x", Now));
    }

    [Fact]
    public void Closing_before_the_decision_letter_is_sent_is_refused() =>
        AssertRefused(HandlingErrors.DecisionLetterNotSent, () => Decided().Close(true, "x", Now));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_sent_decision_can_be_closed_satisfied_or_not(bool satisfied)
    {
        var handlingCase = DecisionSent();
        handlingCase.Close(satisfied, "officer.de.vries", Now);
        Assert.Equal(CaseStatus.Closed, handlingCase.Status);
        Assert.Equal(satisfied, handlingCase.Closure!.ComplainantSatisfied);
    }

    [Fact]
    public void Closing_with_an_open_referral_is_refused()
    {
        var handlingCase = Referred();
        AssertRefused(HandlingErrors.ReferralOpen, () => handlingCase.Close(false, "x", Now));
        Assert.Equal(CaseStatus.Referred, handlingCase.Status);
    }

    [Fact]
    public void A_concluded_referral_can_be_closed()
    {
        var handlingCase = ReferralConcluded();
        handlingCase.Close(false, "qm", Now);
        Assert.Equal(CaseStatus.Closed, handlingCase.Status);
    }

    [Fact]
    public void Closing_twice_is_refused() =>
        AssertRefused(HandlingErrors.CaseClosed, () => Closed().Close(true, "x", Now));

    [Fact]
    public void A_closed_case_takes_no_further_step()
    {
        var handlingCase = Closed();
        AssertRefused(HandlingErrors.CaseClosed, () => handlingCase.Extend(DueOn.AddDays(1), "r", ReceivedOn, "x", Now));
        AssertRefused(HandlingErrors.CaseClosed, () => handlingCase.RecordDecisionLetterSent(CorrespondenceChannel.Email, Now, ReceivedOn, "x"));
        AssertRefused(HandlingErrors.CaseClosed, () => handlingCase.ConcludeReferral(ReferralOutcome.Rejected, ReceivedOn, "x", Now));
    }

    [Fact]
    public void Restore_rebuilds_the_state_without_new_changes()
    {
        var original = Referred();
        var restored = HandlingCase.Restore(original.ComplaintId, original.Reference, original.CollectionAgent, original.ReceivedOn,
            original.SettlementDueOn, original.OpenedAt, original.Status, original.Officer, original.Extension, original.Decision,
            original.DecisionLetter, original.Referral, original.Closure, version: 7);
        Assert.Equal(CaseStatus.Referred, restored.Status);
        Assert.Equal(7, restored.Version);
        Assert.Empty(restored.NewAssignments);
        AssertRefused(HandlingErrors.ReferralOpen, () => restored.Close(true, "x", Now));
    }
}
