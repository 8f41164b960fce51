using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.AddAgendaItem;
using Klachten.Modules.PreventiveAction.Application.CancelMeasure;
using Klachten.Modules.PreventiveAction.Application.CompleteMeasure;
using Klachten.Modules.PreventiveAction.Application.DecideMeasure;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;
using Klachten.Modules.PreventiveAction.Application.PlanSession;
using Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;
using Klachten.Modules.PreventiveAction.Application.ProposeMeasure;
using Klachten.Modules.PreventiveAction.Application.RecordAttendance;
using Klachten.Modules.PreventiveAction.Application.RecordMinutes;
using Klachten.Modules.PreventiveAction.Application.RecordProgress;
using Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;
using Klachten.Modules.PreventiveAction.Application.StartMeasure;

namespace Klachten.Modules.PreventiveAction.Tests.Application;

/// <summary>Each request's validator names every bad field, with our error code where the rule is ours.</summary>
public sealed class RequestValidatorTests
{
    private const string HeaderInjection = "Evil\r\nBcc: x@evil.example";
    private const string ZeroWidth = "p.jansen\u200B";
    private static readonly IStaffDirectory Staff = new OfficeStaff();

    private static string[] FailingFields<T>(IValidator<T> validator, T request) =>
        validator.Validate(request).Errors.Select(e => e.PropertyName).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string[] CodesOf<T>(IValidator<T> validator, T request, string field) =>
        validator.Validate(request).Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorCode).ToArray();

    [Fact]
    public void A_proposal_names_a_malformed_recommendation_id_and_an_unknown_kind() =>
        Assert.Equal(["Kind", "RecommendationId"],
            FailingFields(new ProposeMeasureCommandValidator(), new ProposeMeasureRequest("nope", null, null, "Sometimes", null, null)));

    [Fact]
    public void A_free_proposal_names_its_missing_title_and_kind() =>
        Assert.Equal(["Kind", "Title"],
            FailingFields(new ProposeMeasureCommandValidator(), new ProposeMeasureRequest(null, " ", null, "Nonsense", null, null)));

    [Fact]
    public void A_proposal_from_a_recommendation_needs_nothing_else() =>
        Assert.Empty(FailingFields(new ProposeMeasureCommandValidator(),
            new ProposeMeasureRequest(Guid.NewGuid().ToString(), null, null, null, null, null)));

    [Fact]
    public void A_title_with_a_line_break_and_a_code_with_a_zero_width_space_are_named()
    {
        var request = new ProposeMeasureRequest(null, HeaderInjection, "Twee\nregels mag.", "training",
            ["Communicatie", "Bejegening\u200B"], ["", "OnvoldoendeUitleg"]);

        Assert.Equal(["Categories[1]", "RootCauses[0]", "Title"], FailingFields(new ProposeMeasureCommandValidator(), request));
    }

    [Fact]
    public void A_decision_without_decision_and_reasoning_names_both_with_stable_codes()
    {
        var validator = new DecideMeasureCommandValidator();
        var request = new MeasureDecisionRequest("Maybe", null, null, null, "not-a-guid");

        Assert.Equal(["Decision", "MeetingId", "Reasoning"], FailingFields(validator, request));
        Assert.Equal(["not_one_of"], CodesOf(validator, request, "Decision"));
        Assert.Equal(["required"], CodesOf(validator, request, "Reasoning"));
        Assert.Equal(["not_an_id"], CodesOf(validator, request, "MeetingId"));
    }

    [Fact]
    public void An_approval_without_the_analysis_it_rests_on_names_year_and_version() =>
        Assert.Equal(["AnalysisVersion", "AnalysisYear"],
            FailingFields(new DecideMeasureCommandValidator(), new MeasureDecisionRequest("approved", "Past bij de analyse.", null, null, null)));

    [Fact]
    public void A_year_without_a_version_is_refused_even_for_a_rejection() =>
        Assert.Equal(["AnalysisVersion"],
            FailingFields(new DecideMeasureCommandValidator(), new MeasureDecisionRequest("Rejected", "Niet nodig.", 2026, null, null)));

    [Fact]
    public void Reasoning_with_a_bidi_override_is_refused_but_line_breaks_are_not()
    {
        var validator = new DecideMeasureCommandValidator();

        Assert.Equal(["Reasoning"], FailingFields(validator, new MeasureDecisionRequest("Deferred", "invoice\u202Efdp.exe", null, null, null)));
        Assert.Empty(FailingFields(validator, new MeasureDecisionRequest("Deferred", "Eerst\r\nmeer\tcijfers.", null, null, null)));
    }

    [Fact]
    public void A_plan_names_a_stranger_as_owner_and_both_malformed_dates()
    {
        var validator = new StartMeasureCommandValidator(Staff);
        var request = new StartRequest("iemand@gmail.com", "02-03-2026", null);

        Assert.Equal(["DueOn", "Owner", "ReviewOn"], FailingFields(validator, request));
        Assert.Equal(["not_a_colleague"], CodesOf(validator, request, "Owner"));
        Assert.Equal(["not_a_date"], CodesOf(validator, request, "DueOn"));
        Assert.Equal(["required"], CodesOf(validator, request, "ReviewOn"));
    }

    [Fact]
    public void An_owner_with_a_zero_width_space_is_refused_as_not_one_line() =>
        Assert.Equal(["Owner"],
            FailingFields(new StartMeasureCommandValidator(Staff), new StartRequest(ZeroWidth, "2026-05-01", "2026-11-01")));

    [Fact]
    public void A_good_plan_passes() =>
        Assert.Empty(FailingFields(new StartMeasureCommandValidator(Staff), new StartRequest(" p.jansen ", "2026-05-01", "2026-11-01")));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("nul\0teken")]
    public void Progress_completion_cancellation_and_minutes_name_a_missing_or_unclean_text(string? text)
    {
        Assert.Equal(["Note"], FailingFields(new RecordProgressCommandValidator(), new ProgressRequest(text)));
        Assert.Equal(["Result"], FailingFields(new CompleteMeasureCommandValidator(), new CompletionRequest(text)));
        Assert.Equal(["Reason"], FailingFields(new CancelMeasureCommandValidator(), new CancellationRequest(text)));
        Assert.Equal(["Text"], FailingFields(new RecordMinutesCommandValidator(), new MinutesRequest(text)));
    }

    [Fact]
    public void Minutes_may_run_over_several_lines_up_to_their_limit()
    {
        var validator = new RecordMinutesCommandValidator();

        Assert.Empty(FailingFields(validator, new MinutesRequest("1. Opening\n2. Analyse\r\n3. Rondvraag")));
        Assert.Equal(["Text"], FailingFields(validator, new MinutesRequest(new string('x', RecordMinutesCommandValidator.MinutesMax + 1))));
    }

    [Fact]
    public void A_review_names_a_bad_verdict_and_missing_notes() =>
        Assert.Equal(["Effectiveness", "Notes"],
            FailingFields(new ReviewEffectivenessCommandValidator(), new EffectivenessReviewRequest("Great", "")));

    [Fact]
    public void A_follow_up_may_be_empty_but_names_an_unclean_title_and_a_bad_kind()
    {
        var validator = new ProposeFollowUpCommandValidator();

        Assert.Empty(FailingFields(validator, FollowUpRequest.Empty));
        Assert.Equal(["Kind", "Title"], FailingFields(validator, new FollowUpRequest(HeaderInjection, null, "Sometimes")));
    }

    [Fact]
    public void A_session_names_every_bad_field_and_the_participant_with_a_zero_width_space()
    {
        var validator = new PlanSessionCommandValidator(Staff);

        Assert.Equal(["HeldOn", "Participants", "Topic", "Trainer"],
            FailingFields(validator, new SessionRequest(null, "morgen", "Line\u2028break", [])));
        Assert.Equal(["Participants[1]"],
            FailingFields(validator, new SessionRequest("Bejegening", "2026-05-01", "Extern bureau", ["m.devries", ZeroWidth])));
    }

    [Fact]
    public void Attendance_names_the_entry_that_lacks_its_participant_or_answer()
    {
        var validator = new RecordAttendanceCommandValidator();

        Assert.Equal(["Attendance"], FailingFields(validator, new AttendanceRequest([])));
        Assert.Equal(["Attendance[0].Attended", "Attendance[1]", "Attendance[2].Participant"],
            FailingFields(validator, new AttendanceRequest([new("p.jansen", null), null!, new(HeaderInjection, true)])));
    }

    [Fact]
    public void A_meeting_names_every_bad_field_and_the_participant_with_a_zero_width_space()
    {
        var validator = new PlanMeetingCommandValidator(Staff);

        Assert.Equal(["HeldOn", "Kind", "Participants", "Title"],
            FailingFields(validator, new MeetingRequest("2026-13-01", "Party", HeaderInjection, null)));
        Assert.Equal(["Participants[0]"], FailingFields(validator, new MeetingRequest("2026-03-02", "regular", null, [ZeroWidth])));
    }

    [Fact]
    public void An_agenda_item_names_what_its_kind_needs()
    {
        var validator = new AddAgendaItemCommandValidator();

        Assert.Equal(["AnalysisVersion", "AnalysisYear", "MeasureId"],
            FailingFields(validator, new AgendaItemRequest("YearlyAnalysis", null, null, null, "x")));
        Assert.Equal(["ReportId"], FailingFields(validator, new AgendaItemRequest("periodreport", null, null, null, null)));
        Assert.Equal(["Kind"], FailingFields(validator, new AgendaItemRequest("Lunch", null, null, null, null)));
    }

    private sealed class OfficeStaff : IStaffDirectory
    {
        public string AddressOf(string userName) => $"{userName}@kantoor.nl";

        public bool IsColleague(string userName) =>
            !userName.Contains('@', StringComparison.Ordinal) || userName.EndsWith("@kantoor.nl", StringComparison.Ordinal);

        public string NameOf(string userName) => userName;

        public IReadOnlyList<string> QualityManagers => ["kwaliteit@kantoor.nl"];

        public IReadOnlyList<StaffMember> Members(string? role = null) => [];

        public bool HasRole(string userName, string role) => false;
    }
}
