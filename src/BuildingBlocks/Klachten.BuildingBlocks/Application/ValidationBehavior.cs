using FluentValidation;
using MediatR;

namespace Klachten.BuildingBlocks.Application;

/// <summary>Runs every validator of the request and reports all failures at once (400 with every bad field).</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(
    IEnumerable<IValidator<TRequest>> validators, ValidatedRequests validated) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!validated.Contains(request))
        {
            await RequestValidation.EnsureValidAsync(validators, request, cancellationToken);
        }

        return await next();
    }
}

/// <summary>
/// The requests of this scope (an HTTP request) that the edge has already checked with all their validators (the request
/// validation filter, before the endpoint ran): the endpoint's <c>Validated(...)</c> and the pipeline then skip them instead
/// of running the same validators again. By reference: a request built anew is checked as usual.
/// </summary>
internal sealed class ValidatedRequests
{
    private object? _single;
    private List<object>? _more;

    public void Add(object request)
    {
        if (_single is null)
        {
            _single = request;
            return;
        }

        (_more ??= []).Add(request);
    }

    public bool Contains(object? request) =>
        request is not null && (ReferenceEquals(_single, request) || (_more?.Exists(r => ReferenceEquals(r, request)) ?? false));
}

/// <summary>Every field error of a request: messages and stable codes per field, keys as JSON paths (errors, errorCodes).</summary>
internal sealed record ValidationFailures(IReadOnlyDictionary<string, string[]> Errors, IReadOnlyDictionary<string, string[]> Codes);

/// <summary>The one way a request is checked: every validator, every failure, keys as JSON paths of what the client sent.</summary>
internal static class RequestValidation
{
    public static async Task EnsureValidAsync<T>(IEnumerable<IValidator<T>> validators, T request, CancellationToken cancellationToken)
    {
        if (await ValidateAsync(validators, request, cancellationToken) is { } failures)
        {
            throw new RequestValidationException(failures.Errors, failures.Codes);
        }
    }

    /// <summary>Null when the request is valid; otherwise every failure (not thrown: the edge answers it without an exception).</summary>
    public static async Task<ValidationFailures?> ValidateAsync<T>(IEnumerable<IValidator<T>> validators, T request,
        CancellationToken cancellationToken)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<T>(request), cancellationToken);
            if (result.Errors.Count > 0)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is null)
        {
            return null;
        }

        var byField = failures.GroupBy(f => ToJsonPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.DistinctBy(f => f.ErrorMessage).ToArray());
        return new ValidationFailures(
            byField.ToDictionary(f => f.Key, f => f.Value.Select(v => v.ErrorMessage).ToArray()),
            byField.ToDictionary(f => f.Key, f => f.Value.Select(v => ValidationMessages.CodeOf(v.ErrorCode)).ToArray()));
    }

    // "Complainant.Address.PostalCode" -> "complainant.address.postalCode", matching the JSON the client sent.
    private static string ToJsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
