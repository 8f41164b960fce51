using FluentValidation;
using MediatR;

namespace Klachten.BuildingBlocks.Application;

/// <summary>Runs every validator of the request and reports all failures at once (400 with every bad field).</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        await RequestValidation.EnsureValidAsync(validators, request, cancellationToken);
        return await next();
    }
}

/// <summary>The one way a request is checked: every validator, every failure, keys as JSON paths of what the client sent.</summary>
internal static class RequestValidation
{
    public static async Task EnsureValidAsync<T>(IEnumerable<IValidator<T>> validators, T request, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<T>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            var byField = failures.GroupBy(f => ToJsonPath(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.DistinctBy(f => f.ErrorMessage).ToArray());
            throw new RequestValidationException(
                byField.ToDictionary(f => f.Key, f => f.Value.Select(v => v.ErrorMessage).ToArray()),
                byField.ToDictionary(f => f.Key, f => f.Value.Select(v => ValidationMessages.CodeOf(v.ErrorCode)).ToArray()));
        }
    }

    // "Complainant.Address.PostalCode" -> "complainant.address.postalCode", matching the JSON the client sent.
    private static string ToJsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part =>
            part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
