using System.Globalization;
using FluentValidation.Resources;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Our sentences for the rules a validator states without a message of its own, instead of FluentValidation's ("'Case Number'
/// must not be empty."): the field is already named by its key in errors, so the message says what to do. A rule with no
/// sentence here gets a general one, never the library's.
/// </summary>
internal sealed class ValidationMessages : LanguageManager
{
    public override string GetString(string key, CultureInfo? culture = null) => key switch
    {
        "NotEmptyValidator" or "NotNullValidator" => "This field is required.",
        "MaximumLengthValidator" => "At most {MaxLength} characters; this has {TotalLength}.",
        "MinimumLengthValidator" => "At least {MinLength} characters; this has {TotalLength}.",
        "LengthValidator" or "ExactLengthValidator" => "From {MinLength} to {MaxLength} characters; this has {TotalLength}.",
        "EmptyValidator" or "NullValidator" => "Leave this field out.",
        "GreaterThanValidator" => "Must be more than {ComparisonValue}.",
        "GreaterThanOrEqualValidator" => "Must be {ComparisonValue} or more.",
        "LessThanValidator" => "Must be less than {ComparisonValue}.",
        "LessThanOrEqualValidator" => "Must be {ComparisonValue} or less.",
        "InclusiveBetweenValidator" => "Must be from {From} to {To}.",
        "EnumValidator" => "Not one of the allowed values.",
        "EmailValidator" => "Must be a plain e-mail address such as naam@voorbeeld.nl.",
        _ => "This value is not valid here.",
    };

    /// <summary>A stable code per failed rule, for a front end to translate (errorCodes beside errors).</summary>
    public static string CodeOf(string? errorCode) => errorCode switch
    {
        "NotEmptyValidator" or "NotNullValidator" => "required",
        "MaximumLengthValidator" => "too_long",
        "MinimumLengthValidator" => "too_short",
        "LengthValidator" or "ExactLengthValidator" => "wrong_length",
        "EmptyValidator" or "NullValidator" => "not_allowed",
        "GreaterThanValidator" or "GreaterThanOrEqualValidator" or "LessThanValidator" or "LessThanOrEqualValidator"
            or "InclusiveBetweenValidator" => "out_of_range",
        "EnumValidator" => "not_one_of",
        null or "" or "PredicateValidator" or "AsyncPredicateValidator" => "invalid",
        var custom when custom.EndsWith("Validator", StringComparison.Ordinal) => "invalid",
        var custom => custom,
    };
}
