using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.ClassifyComplaint;

/// <summary>Shape only; whether a code exists and is active is data, checked by the handler.</summary>
internal sealed class ClassifyComplaintCommandValidator : AbstractValidator<ClassifyComplaintCommand>
{
    public const int MaxNoteLength = 4000;
    public const int MaxReasonLength = 2000;

    public ClassifyComplaintCommandValidator()
    {
        RuleFor(c => c.Categories).NotNull().WithMessage("Give at least one category.");
        When(c => c.Categories is not null, () => RuleFor(c => c.Categories)
            .Must(c => c!.Count > 0).WithMessage("Give at least one category.")
            .Must(c => c!.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase).Count() ==
                       c!.Count(v => !string.IsNullOrWhiteSpace(v)))
            .WithMessage(c => $"Each category may be given once; repeated: {string.Join(", ", Duplicates(c.Categories!))}."));
        RuleForEach(c => c.Categories)
            .NotEmpty().WithMessage("A category code is empty.")
            .MaximumLength(ReferenceCode.MaxLength).SingleLineText();
        RuleFor(c => c.RootCause).MaximumLength(ReferenceCode.MaxLength).SingleLineText();
        RuleFor(c => c.RootCauseNote)
            .MaximumLength(MaxNoteLength)
            .Must((c, note) => string.IsNullOrWhiteSpace(note) || !string.IsNullOrWhiteSpace(c.RootCause))
            .WithMessage("A note on the cause needs a rootCause.");
        RuleFor(c => c.RootCauseNote).MultiLineText();
        RuleFor(c => c.Reason).MaximumLength(MaxReasonLength).MultiLineText();
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> categories) =>
        categories.Where(v => !string.IsNullOrWhiteSpace(v))
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
}
