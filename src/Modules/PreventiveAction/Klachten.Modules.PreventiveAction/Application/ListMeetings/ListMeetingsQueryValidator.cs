using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.ListMeetings;

internal sealed class ListMeetingsQueryValidator : AbstractValidator<ListMeetingsQuery>
{
    public ListMeetingsQueryValidator()
    {
        RuleFor(q => q.Year).WholeNumber(2000, 2200);
        this.AddPagingRules();
    }
}
