using FluentValidation;

namespace Klachten.Modules.Intake.Application.ListComplaints;

internal sealed class ListComplaintsQueryValidator : AbstractValidator<ListComplaintsQuery>
{
    public static readonly string[] Statuses = ["Registered", "Acknowledged"];

    public ListComplaintsQueryValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage($"The status must be one of: {string.Join(", ", Statuses)}.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
        RuleFor(q => q.ReceivedTo).GreaterThanOrEqualTo(q => q.ReceivedFrom)
            .When(q => q.ReceivedFrom is not null && q.ReceivedTo is not null)
            .WithMessage("receivedTo must not lie before receivedFrom.");
    }
}
