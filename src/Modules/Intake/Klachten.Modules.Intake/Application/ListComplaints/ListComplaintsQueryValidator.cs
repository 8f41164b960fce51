using FluentValidation;
using Klachten.BuildingBlocks.Application;

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
    }
}
