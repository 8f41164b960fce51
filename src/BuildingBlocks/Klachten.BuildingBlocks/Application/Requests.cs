using MediatR;

namespace Klachten.BuildingBlocks.Application;

// The only place modules meet MediatR: swapping MediatR for another mediator touches this folder (ADR 0004).

/// <summary>A request that changes state. Runs inside one connection and transaction (unit of work).</summary>
public interface ICommand<out TResult> : IRequest<TResult>, ICommandMarker;

/// <summary>A request that only reads. Never runs in the unit of work and never writes business data.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>Marker that lets pipeline behaviours constrain themselves to commands.</summary>
public interface ICommandMarker;

public interface ICommandHandler<in TCommand, TResult> : IRequestHandler<TCommand, TResult>
    where TCommand : ICommand<TResult>;

public interface IQueryHandler<in TQuery, TResult> : IRequestHandler<TQuery, TResult>
    where TQuery : IQuery<TResult>;

/// <summary>What endpoints and jobs use to run a command or query through the pipeline.</summary>
public interface IRequestDispatcher
{
    Task<TResult> Send<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);
    Task<TResult> Query<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default);
}

internal sealed class MediatRRequestDispatcher(IMediator mediator) : IRequestDispatcher
{
    public Task<TResult> Send<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        mediator.Send(command, cancellationToken);

    public Task<TResult> Query<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        mediator.Send(query, cancellationToken);
}
