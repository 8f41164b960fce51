namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Bad input: becomes 400 ProblemDetails with an entry per field (JSON path) and its messages, and beside them a stable code per
/// message (errorCodes; "invalid" where none is given).
/// </summary>
public sealed class RequestValidationException(
    IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]>? codes = null)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public IReadOnlyDictionary<string, string[]> Codes { get; } = codes
        ?? errors.ToDictionary(e => e.Key, e => e.Value.Select(_ => "invalid").ToArray());
}

/// <summary>Becomes 404.</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} '{Shortened(id)}' was not found.")
{
    // An id comes from the URL and may be of any length: the answer need not repeat 8,000 characters.
    private static string Shortened(object id) => id.ToString() is { Length: > 100 } text ? $"{text[..100]}…" : $"{id}";
}

/// <summary>Becomes 403: logged in, but this user may not see or do this.</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);

/// <summary>Another request changed the same data first: becomes 409 with code 'concurrency_conflict'.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
