using FluentValidation;

namespace Klachten.Modules.PreventiveAction.Application.RecordAttendance;

internal sealed class RecordAttendanceCommandValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceCommandValidator()
    {
        RuleFor(c => c.Attendance).NotEmpty().WithMessage("Give the attendance of every participant.");
        RuleForEach(c => c.Attendance).ChildRules(entry =>
        {
            entry.RuleFor(e => e.Participant).NotEmpty().MaximumLength(100);
            entry.RuleFor(e => e.Attended).NotNull();
        });
    }
}
