namespace Klachten.BuildingBlocks.Application;

/// <summary>Bad input: becomes 400 ProblemDetails with an entry per field (JSON path) and its messages.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>Becomes 404.</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} '{id}' was not found.");

/// <summary>Becomes 403: logged in, but this user may not see or do this.</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);

/// <summary>Another request changed the same data first: becomes 409 with code 'concurrency_conflict'.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
