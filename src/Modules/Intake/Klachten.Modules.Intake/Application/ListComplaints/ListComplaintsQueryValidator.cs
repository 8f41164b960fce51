using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.RegisterComplaint;

namespace Klachten.Modules.Intake.Application.ListComplaints;

internal sealed class ListComplaintsQueryValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsQueryValidator()
    {
        RuleFor(q => q.Status).OptionalEnumName<ListComplaintsQuery, ComplaintStatus>()
            .WithMessage($"The status must be one of: {EnumNames.List<ComplaintStatus>()}.");
        this.AddPagingRules();
        RuleFor(q => q.ReceivedFrom).IsoDate();
        RuleFor(q => q.ReceivedTo).IsoDate();
        RuleFor(q => q.ReceivedTo)
            .Must((q, to) => QueryValues.Date(to) >= QueryValues.Date(q.ReceivedFrom))
            .When(q => QueryValues.IsDate(q.ReceivedFrom) && QueryValues.IsDate(q.ReceivedTo)
                && QueryValues.Date(q.ReceivedFrom) is not null && QueryValues.Date(q.ReceivedTo) is not null)
            .WithMessage("receivedTo must not lie before receivedFrom.");
        RuleFor(q => q.RegisteredBy).UserFilter();
        RuleFor(q => q.AssignedTo).UserFilter();
        RuleFor(q => q.Unassigned).TrueOrFalse();
        RuleFor(q => q.Unassigned)
            .Must(unassigned => QueryValues.Boolean(unassigned) != true)
            .When(q => !string.IsNullOrWhiteSpace(q.AssignedTo) && QueryValues.IsBoolean(q.Unassigned))
            .WithMessage("unassigned=true and assignedTo exclude each other.");
        RuleFor(q => q.AcknowledgementDueBefore).IsoDate();
        RuleFor(q => q.AcknowledgementBreached).TrueOrFalse();
        RuleFor(q => q.Reference).SearchText(1, 20);
        RuleFor(q => q.FileNumber).SearchText(1, RegisterComplaintCommandValidator.FileNumberMax);
        RuleFor(q => q.CollectionAgent).UserNameFilter();
        RuleFor(q => q.ComplainantName).SearchText(2, 100);
    }
}
