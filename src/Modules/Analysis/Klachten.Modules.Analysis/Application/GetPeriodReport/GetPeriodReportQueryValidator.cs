using FluentValidation;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Application.GetPeriodReport;

internal sealed class GetPeriodReportQueryValidator : AbstractValidator<GetPeriodReportQuery>
{
    public GetPeriodReportQueryValidator(TimeProvider time) => this.PeriodRules(q => q.From, q => q.To, time);
}
