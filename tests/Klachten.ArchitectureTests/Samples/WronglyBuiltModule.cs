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

    // A command that carries text the handler parses: the edge (XRequest.ToCommand) should have made it typed.
    internal sealed record TextCommand(Guid MeasureId, string DueOn, string Kind) : ICommand<int>;

    internal sealed class TextCommandHandler : ICommandHandler<TextCommand, int>
    {
        public async Task<int> Handle(TextCommand request, CancellationToken cancellationToken)
        {
            await Task.Yield();
            var kind = EnumNames.Parse<DayOfWeek>(request.Kind);
            return (int)kind + (QueryValues.Date(request.DueOn)?.Day ?? 0);
        }
    }

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

    public static class ComplaintQueries
    {
        // Its own schema ("wrong") is fine; Intake's is not.
        public const string WithComplainant = "SELECT w.id, c.complainant_name FROM wrong.cases w JOIN intake.complaints c ON c.id = w.id";
    }

    public sealed class MailStore : Klachten.BuildingBlocks.Infrastructure.Mail.IOutgoingMailStore
    {
        public Task<IReadOnlyList<Guid>> ListDueAsync(Npgsql.NpgsqlConnection connection, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<Klachten.BuildingBlocks.Infrastructure.Mail.OutgoingMail?> ClaimAsync(Npgsql.NpgsqlTransaction transaction, Guid id,
            CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkSentAsync(Npgsql.NpgsqlTransaction transaction, Klachten.BuildingBlocks.Infrastructure.Mail.OutgoingMail mail,
            DateTimeOffset sentAt, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkFailedAsync(Npgsql.NpgsqlTransaction transaction, Klachten.BuildingBlocks.Infrastructure.Mail.OutgoingMail mail,
            string error, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}

namespace Klachten.ArchitectureTests.Samples.Wrong.Endpoints
{
    public static class EndpointThatSendsMail
    {
        // After-commit work in an endpoint: the send belongs to the handler (IUnitOfWork.AfterCommit).
        public static Task<int> Send(Klachten.BuildingBlocks.Infrastructure.Mail.OutgoingMailDelivery<Infrastructure.MailStore> delivery, Guid id) =>
            delivery.DeliverAsync([id], CancellationToken.None);
    }

    public static class EndpointThatReadsTheDatabase
    {
        public static int Count() => Infrastructure.Repository.Count();
    }
}
