using System.Text;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.AddAgendaItem;
using Klachten.Modules.PreventiveAction.Application.DecideMeasure;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;
using Klachten.Modules.PreventiveAction.Application.ProposeMeasure;
using Klachten.Modules.PreventiveAction.Application.StartMeasure;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Tests.Application;

/// <summary>A valid request becomes a typed command: parsed, trimmed, in normal form C, blanks absent.</summary>
public sealed class RequestToCommandTests
{
    private static readonly Guid MeasureId = Guid.Parse("0195f7a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b");

    [Fact]
    public void A_plan_becomes_dates_and_a_trimmed_owner() =>
        Assert.Equal(new StartMeasureCommand(MeasureId, "p.jansen", new DateOnly(2026, 5, 1), new DateOnly(2026, 11, 1)),
            new StartRequest(" p.jansen ", "2026-05-01", " 2026-11-01").ToCommand(MeasureId));

    [Fact]
    public void A_decision_parses_its_name_in_any_letter_case_and_pairs_year_and_version()
    {
        var meetingId = Guid.NewGuid();
        var command = new MeasureDecisionRequest("aPPROVED", "  Past bij de analyse. ", 2026, 1, $" {meetingId} ").ToCommand(MeasureId);

        Assert.Equal(MeasureDecision.Approved, command.Decision);
        Assert.Equal("Past bij de analyse.", command.Reasoning);
        Assert.Equal(new AnalysisReference(2026, 1), command.Analysis);
        Assert.Equal(meetingId, command.MeetingId);
    }

    [Fact]
    public void A_proposal_from_a_recommendation_leaves_absent_what_the_recommendation_gives()
    {
        var id = Guid.NewGuid();
        var command = new ProposeMeasureRequest(id.ToString(), "  ", null, null, null, null).ToCommand();

        Assert.Equal(new ProposeMeasureCommand(id, null, null, null, null, null), command);
    }

    [Fact]
    public void A_title_typed_with_a_combining_accent_is_stored_in_normal_form_C()
    {
        var command = new ProposeMeasureRequest(null, "Cafe\u0301-overleg", null, "Training", [" Bejegening ", "Bejegening"], null)
            .ToCommand();

        Assert.Equal("Café-overleg".Normalize(NormalizationForm.FormC), command.Title);
        Assert.Equal(MeasureKind.Training, command.Kind);
        Assert.Equal(["Bejegening"], command.Categories);
    }

    [Fact]
    public void A_meeting_takes_each_participant_once_whatever_the_letter_case()
    {
        var command = new MeetingRequest("2027-01-20", "yearlycomplaints", " ", ["P.Jansen", "p.jansen ", "m.devries"]).ToCommand();

        Assert.Equal(new DateOnly(2027, 1, 20), command.HeldOn);
        Assert.Equal(MeetingKind.YearlyComplaints, command.Kind);
        Assert.Null(command.Title);
        Assert.Equal(["P.Jansen", "m.devries"], command.Participants);
    }

    [Fact]
    public void An_agenda_item_carries_only_what_its_kind_is_about()
    {
        var measure = Guid.NewGuid();
        var analysis = new AgendaItemRequest("YearlyAnalysis", Guid.NewGuid().ToString(), 2026, 2, measure.ToString()).ToCommand(MeasureId);
        var toDecide = new AgendaItemRequest("MeasureToDecide", null, 2026, 2, measure.ToString()).ToCommand(MeasureId);

        Assert.Equal(new AddAgendaItemCommand(MeasureId, AgendaItemKind.YearlyAnalysis, null, new AnalysisReference(2026, 2), null),
            analysis);
        Assert.Equal(new AddAgendaItemCommand(MeasureId, AgendaItemKind.MeasureToDecide, null, null, measure), toDecide);
    }
}
