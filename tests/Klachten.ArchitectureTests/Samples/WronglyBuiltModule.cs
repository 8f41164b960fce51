// Deliberately wrong code: each type breaks one rule of the house, so the rule tests can show that the rule bites.
// Nothing uses these types; they exist only to be found by the rules.
#pragma warning disable CA1812
using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.ArchitectureTests.Samples.Wrong.Domain
{
    public sealed class ComplaintThatTalksToTheDatabase
    {
        public Npgsql.NpgsqlConnection? Connection { get; set; }
    }

    public sealed class ComplaintThatKnowsItsUseCase
    {
        public Application.LeakyCommand? Command { get; set; }
    }
}

namespace Klachten.ArchitectureTests.Samples.Wrong.Application
{
    public sealed record LeakyCommand(string Text) : ICommand<int>;

    public sealed record FetchEverything : IQuery<int>;

    public sealed class LeakyCommandHandler : ICommandHandler<LeakyCommand, int>
    {
        public Task<int> Handle(LeakyCommand request, CancellationToken cancellationToken) =>
            Task.FromResult(Infrastructure.Repository.Count() + (Microsoft.AspNetCore.Http.Results.Ok() is null ? 1 : 0));
    }

    public sealed class LeakyCommandRules : AbstractValidator<LeakyCommand>;

    public sealed class EverythingFetcher : IQueryHandler<FetchEverything, int>
    {
        public Task<int> Handle(FetchEverything request, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}

namespace Klachten.ArchitectureTests.Samples.Wrong.Infrastructure
{
    public static class Repository
    {
        // A method, not a constant: constants are inlined by the compiler and leave no dependency to find.
        public static int Count() => 1;
    }
}
