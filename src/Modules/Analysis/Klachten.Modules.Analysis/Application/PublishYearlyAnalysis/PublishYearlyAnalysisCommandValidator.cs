using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Domain;

namespace Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;

internal sealed class PublishYearlyAnalysisCommandValidator : AbstractValidator<PublishYearlyAnalysisRequest>
{
    public PublishYearlyAnalysisCommandValidator(TimeProvider time)
    {
        RuleFor(c => c.Year).Year(time);
        RuleFor(c => c.CorrectionReason).MaximumLength(Publication.MaxReasonLength).MultiLineText();
    }
}
