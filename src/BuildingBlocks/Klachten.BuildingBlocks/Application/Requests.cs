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

    /// <summary>
    /// Checks a request as sent (text fields, so that every bad one is named in one 400) with its validators, before the edge
    /// turns it into a typed command: returns it when valid, else throws <see cref="RequestValidationException"/>. A request
    /// body the edge has already checked (the request validation filter answers its 400 without an exception) is returned as is.
    /// </summary>
    Task<TRequest> Validated<TRequest>(TRequest request, CancellationToken cancellationToken = default);
}

internal sealed class MediatRRequestDispatcher(IMediator mediator, IServiceProvider services, ValidatedRequests validated)
    : IRequestDispatcher
{
    public async Task<TRequest> Validated<TRequest>(TRequest request, CancellationToken cancellationToken = default)
    {
        if (validated.Contains(request))
        {
            return request;
        }

        await RequestValidation.EnsureValidAsync(
            (IEnumerable<FluentValidation.IValidator<TRequest>>)services.GetService(typeof(IEnumerable<FluentValidation.IValidator<TRequest>>))!,
            request, cancellationToken);
        return request;
    }

    public Task<TResult> Send<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        mediator.Send(command, cancellationToken);

    public Task<TResult> Query<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        mediator.Send(query, cancellationToken);
}
