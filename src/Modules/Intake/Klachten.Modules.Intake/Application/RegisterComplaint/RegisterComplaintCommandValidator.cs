using System.Text.RegularExpressions;
using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

internal sealed partial class RegisterComplaintCommandValidator : AbstractValidator<RegisterComplaintRequest>
{
    public const int NameMax = 200;
    public const int EmailMax = 254;
    public const int PhoneMax = 40;
    public const int StreetMax = 200;
    public const int PostalCodeMax = 20;
    public const int CityMax = 100;
    public const int FileNumberMax = 50;
    public const int AgentMax = 100;
    public const int DescriptionMax = 10_000;
    public const int RequestedOutcomeMax = 4_000;

    // A clock a little ahead of the server's must not refuse a complaint received "now".
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public RegisterComplaintCommandValidator(TimeProvider timeProvider, IOptions<IntakeOptions> options, IStaffDirectory staff)
    {
        RuleFor(c => c.Complainant).NotNull().WithMessage("The complainant is required.");
        When(c => c.Complainant is not null, () =>
        {
            RuleFor(c => c.Complainant!.Name).NotEmpty().WithMessage("The complainant's name is required.")
                .MaximumLength(NameMax).SingleLineText();
            RuleFor(c => c.Complainant!.Type).NotEmpty().WithMessage(EnumMessage<ComplainantType>("type"))
                .EnumName<RegisterComplaintRequest, ComplainantType>().WithMessage(EnumMessage<ComplainantType>("type"));
            RuleFor(c => c.Complainant!.Email).MaximumLength(EmailMax)
                .Must(e => MailAddress().IsMatch(e!.Trim()))
                .WithMessage("The e-mail address must be a plain address such as naam@voorbeeld.nl (no name, spaces or brackets).")
                .When(c => !string.IsNullOrWhiteSpace(c.Complainant!.Email));
            RuleFor(c => c.Complainant!.Email).SingleLineText();
            RuleFor(c => c.Complainant!.Phone).MaximumLength(PhoneMax)
                .Must(p => PhoneNumber().IsMatch(p!.Trim()) && p.Count(char.IsAsciiDigit) >= 6)
                .WithMessage("The phone number must be digits, optionally with a leading +, spaces, '-', '.' or brackets (e.g. 020-1234567 or +31 6 12345678).")
                .When(c => !string.IsNullOrWhiteSpace(c.Complainant!.Phone));
            RuleFor(c => c.Complainant!.Phone).SingleLineText();
            RuleFor(c => c.Complainant!.Salutation).OptionalEnumName<RegisterComplaintRequest, ComplainantSalutation>()
                .WithMessage(EnumMessage<ComplainantSalutation>("salutation"));
            When(c => c.Complainant!.ContactPerson is not null, () =>
            {
                RuleFor(c => c.Complainant!.ContactPerson!.Name).NotEmpty().WithMessage("The contact person's name is required.")
                    .MaximumLength(NameMax).SingleLineText();
                RuleFor(c => c.Complainant!.ContactPerson!.Salutation).OptionalEnumName<RegisterComplaintRequest, ComplainantSalutation>()
                    .WithMessage(EnumMessage<ComplainantSalutation>("salutation"));
            });
            RuleFor(c => c.Complainant)
                .Must(c => !string.IsNullOrWhiteSpace(c!.Email) || c.Address is not null)
                .WithMessage("Give the complainant's e-mail address or postal address (or both): the acknowledgement must reach them.");
            When(c => c.Complainant!.Address is not null, () =>
            {
                RuleFor(c => c.Complainant!.Address!.Street).NotEmpty().WithMessage("The street and house number are required.").MaximumLength(StreetMax).SingleLineText();
                RuleFor(c => c.Complainant!.Address!.PostalCode).NotEmpty().WithMessage("The postal code is required.").MaximumLength(PostalCodeMax).SingleLineText();
                RuleFor(c => c.Complainant!.Address!.City).NotEmpty().WithMessage("The city is required.").MaximumLength(CityMax).SingleLineText();
            });
        });

        RuleFor(c => c.FileNumber).MaximumLength(FileNumberMax).SingleLineText();
        RuleFor(c => c.CollectionAgent).MaximumLength(AgentMax)
            .Must(a => UserNames.IsValid(a!.Trim()) && staff.IsColleague(a.Trim()))
            .WithMessage($"The collection agent must be {UserNames.Description}: the notification goes to their office address.")
            .When(c => !string.IsNullOrWhiteSpace(c.CollectionAgent));
        RuleFor(c => c.CollectionAgent).SingleLineText();
        RuleFor(c => c.Channel).NotEmpty().WithMessage(EnumMessage<IntakeChannel>("channel"))
            .EnumName<RegisterComplaintRequest, IntakeChannel>().WithMessage(EnumMessage<IntakeChannel>("channel"));
        RuleFor(c => c.ReceivedAt).NotEmpty().WithMessage("The moment of receipt is required (ISO 8601 with offset, e.g. 2026-03-02T10:15:00+01:00).")
            .Must(v => Instants.TryParse(v, out _)).WithMessage($"The moment of receipt must be {Instants.Expected}.")
            .Must(v => !Instants.TryParse(v, out var at) || at <= timeProvider.GetUtcNow() + ClockSkew)
            .WithMessage("The moment of receipt cannot lie in the future.")
            .Must(v => !Instants.TryParse(v, out var at) || at >= timeProvider.GetUtcNow().AddDays(-options.Value.MaxReceiptAgeDays))
            .WithMessage(_ => $"The moment of receipt cannot lie more than {options.Value.MaxReceiptAgeDays} days in the past; check the year.");
        RuleFor(c => c.Description).NotEmpty().WithMessage("The complaint in the complainant's words is required.").MaximumLength(DescriptionMax).MultiLineText();
        RuleFor(c => c.RequestedOutcome).NotEmpty().WithMessage("What the complainant asks for is required.").MaximumLength(RequestedOutcomeMax).MultiLineText();
    }

    // An addr-spec the mail sender can deliver to: dot-atom local part, a domain with at least one dot (letters of any
    // script allowed there). Refuses what would only fail later in every retry: "Jan <j@x.nl>", "a b@c.nl", "j@localhost".
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$")]
    private static partial Regex MailAddress();

    [GeneratedRegex(@"^\+?[0-9(][0-9 ()./-]*$")]
    private static partial Regex PhoneNumber();

    private static string EnumMessage<TEnum>(string field) where TEnum : struct, Enum =>
        $"The {field} must be one of: {EnumNames.List<TEnum>()}.";
}
