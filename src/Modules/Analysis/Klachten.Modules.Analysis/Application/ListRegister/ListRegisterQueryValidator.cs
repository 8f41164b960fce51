using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Analysis.Application.ListRegister;

internal static class RegisterFilterRules
{
    public static void AddRegisterFilterRules<T>(this AbstractValidator<T> validator, IClassificationCodes codes, TimeProvider time)
        where T : IRegisterFilter
    {
        validator.PeriodRules(q => q.From, q => q.To, time);
        validator.RuleFor(q => q.Category).KnownCategory(codes);
        validator.RuleFor(q => q.RootCause).KnownRootCause(codes);
        validator.RuleFor(q => q.Outcome).OptionalEnumName<T, DecisionOutcome>();
        validator.RuleFor(q => q.InTime).TrueOrFalse();
    }
}

internal sealed class ListRegisterQueryValidator : AbstractValidator<ListRegisterQuery>
{
    public ListRegisterQueryValidator(IClassificationCodes codes, TimeProvider time)
    {
        this.AddRegisterFilterRules(codes, time);
        this.AddPagingRules();
    }
}

internal sealed class ExportRegisterQueryValidator : AbstractValidator<ExportRegisterQuery>
{
    public ExportRegisterQueryValidator(IClassificationCodes codes, TimeProvider time) => this.AddRegisterFilterRules(codes, time);
}
