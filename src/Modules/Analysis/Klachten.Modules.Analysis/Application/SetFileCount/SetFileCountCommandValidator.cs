using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Application.SetFileCount;

internal sealed class SetFileCountCommandValidator : AbstractValidator<SetFileCountRequest>
{
    public const int MaxFiles = 100_000_000;

    public SetFileCountCommandValidator(TimeProvider time)
    {
        RuleFor(c => c.Year).Year(time);
        RuleFor(c => c.Files).NotEmpty().WithMessage("Give the number of collection files.")
            .WholeNumber(1, MaxFiles);
    }
}
