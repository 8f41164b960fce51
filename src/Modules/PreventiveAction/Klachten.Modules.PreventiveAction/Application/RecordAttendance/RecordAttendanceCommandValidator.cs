using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordAttendance;

internal sealed class RecordAttendanceCommandValidator : AbstractValidator<AttendanceRequest>
{
    public RecordAttendanceCommandValidator()
    {
        RuleFor(r => r.Attendance).NotEmpty().WithMessage("Give the attendance of every participant.");
        RuleForEach(r => r.Attendance).NotNull().WithMessage("Give a participant and whether they attended.").ChildRules(entry =>
        {
            entry.RuleFor(e => e.Participant).RequiredLine(RequestRules.UserNameMax);
            entry.RuleFor(e => e.Attended).NotNull().WithMessage("Say whether the participant attended: true or false.");
        });
    }
}
