using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Tests.Batching;

public sealed class UnitOfWorkBehaviorTests
{
    private sealed record PlainCommand : ICommand<int>;

    private sealed record BatchedCommand : IBatchedCommand<int>;

    [Fact]
    public async Task A_plain_command_runs_in_a_transaction_that_commits()
    {
        var unitOfWork = new CountingUnitOfWork();

        var result = await new UnitOfWorkBehavior<PlainCommand, int>(unitOfWork).Handle(new PlainCommand(), CancellationToken.None,
            () => Task.FromResult(unitOfWork.IsActive ? 1 : 0));

        Assert.Equal(1, result);
        Assert.Equal((1, 1, 0), (unitOfWork.Begins, unitOfWork.Commits, unitOfWork.Rollbacks));
    }

    [Fact]
    public async Task A_batched_command_gets_no_transaction_its_batch_writer_is_its_unit_of_work()
    {
        var unitOfWork = new CountingUnitOfWork();

        var result = await new UnitOfWorkBehavior<BatchedCommand, int>(unitOfWork).Handle(new BatchedCommand(), CancellationToken.None,
            () => Task.FromResult(unitOfWork.IsActive ? 1 : 0));

        Assert.Equal(0, result);
        Assert.Equal((0, 0, 0), (unitOfWork.Begins, unitOfWork.Commits, unitOfWork.Rollbacks));
    }

    private sealed class CountingUnitOfWork : IUnitOfWork
    {
        public int Begins { get; private set; }
        public int Commits { get; private set; }
        public int Rollbacks { get; private set; }
        public bool IsActive { get; private set; }

        public Task BeginAsync(CancellationToken cancellationToken)
        {
            (Begins, IsActive) = (Begins + 1, true);
            return Task.CompletedTask;
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            (Commits, IsActive) = (Commits + 1, false);
            return Task.CompletedTask;
        }

        public Task RollbackAsync()
        {
            (Rollbacks, IsActive) = (Rollbacks + 1, false);
            return Task.CompletedTask;
        }

        public void AfterCommit(Func<CancellationToken, Task> work) =>
            throw new NotSupportedException("These tests register no after-commit work.");
    }
}
