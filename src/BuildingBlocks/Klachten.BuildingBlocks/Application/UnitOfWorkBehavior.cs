using MediatR;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Gives every command one connection and one transaction; the handler's changes and its outbox rows
/// commit together or not at all. A batched command (<see cref="IBatchedCommand{TResult}"/>) gets none: its batch writer
/// is its unit of work.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : ICommandMarker
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IBatchedCommandMarker)
        {
            return await next();
        }

        if (unitOfWork.IsActive)
        {
            // A command sent from within another command (or an event handler) joins its transaction.
            return await next();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var response = await next();
            await unitOfWork.CommitAsync(cancellationToken);
            return response;
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }
}
