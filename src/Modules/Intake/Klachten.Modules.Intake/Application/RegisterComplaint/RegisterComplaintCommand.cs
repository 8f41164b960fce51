using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

/// <summary>
/// The registration form (klachtenregistratieformulier), parsed and trimmed. The registering user is the current user.
/// Batched: registrations are committed together by the registration batch writer (ADR 0008).
/// </summary>
internal sealed record RegisterComplaintCommand(
    Complainant Complainant,
    string? FileNumber,
    string? CollectionAgent,
    IntakeChannel Channel,
    DateTimeOffset ReceivedAt,
    string Description,
    string RequestedOutcome) : IBatchedCommand<RegisteredComplaintDto>;

/// <summary>ContactPerson: when the complainant is an organisation, the person letters are for the attention of.</summary>
internal sealed record Complainant(
    string Name, ComplainantType Type, string? Email, string? Phone, PostalAddress? Address, ComplainantSalutation Salutation,
    ContactPerson? ContactPerson);

internal sealed record PostalAddress(string Street, string PostalCode, string City)
{
    public string Line => $"{Street}, {PostalCode} {City}";
}

internal sealed record RegisteredComplaintDto(
    Guid Id,
    string Reference,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn);

/// <summary>
/// The form as sent. Enums and the receipt moment travel as text so that <see cref="RegisterComplaintCommandValidator"/> names
/// every bad field at once; only a valid form becomes the command.
/// </summary>
internal sealed record RegisterComplaintRequest(
    [property: Required] ComplainantRequest? Complainant,
    string? FileNumber,
    string? CollectionAgent,
    [property: Required, OneOf(typeof(IntakeChannel))] string? Channel,
    [property: Required, TextForm(TextForm.Moment)] string? ReceivedAt,
    [property: Required] string? Description,
    [property: Required] string? RequestedOutcome)
{
    public RegisterComplaintCommand ToCommand()
    {
        var complainant = Complainant!;
        var address = complainant.Address is { } a ? new PostalAddress(Clean(a.Street!), Clean(a.PostalCode!), Clean(a.City!)) : null;
        return new RegisterComplaintCommand(
            new Complainant(Clean(complainant.Name!), EnumNames.Parse<ComplainantType>(complainant.Type), Trimmed(complainant.Email),
                Trimmed(complainant.Phone), address, Salutation(complainant.Salutation),
                complainant.ContactPerson is { } person ? new ContactPerson(Clean(person.Name!), Salutation(person.Salutation)) : null),
            Trimmed(FileNumber), Trimmed(CollectionAgent), EnumNames.Parse<IntakeChannel>(Channel), Instants.Parse(ReceivedAt!),
            CleanText.Normalize(Description!), CleanText.Normalize(RequestedOutcome!));
    }

    private static ComplainantSalutation Salutation(string? name) =>
        EnumNames.ParseOptional<ComplainantSalutation>(name) ?? ComplainantSalutation.None;

    // Stored as checked, in normal form C (CleanText): "é" typed as e + combining acute is the one "é".
    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    private static string Clean(string value) => CleanText.Normalize(value.Trim());
}

/// <summary>
/// Name: a person's name as they write it ("S. van der Berg"), or an organisation's name with a ContactPerson. Salutation: Mr, Mrs
/// or None (unknown, the default): letters greet "Geachte heer Smit," / "Geachte mevrouw Van der Berg," / "Geachte heer/mevrouw,".
/// </summary>
internal sealed record ComplainantRequest(
    [property: Required] string? Name,
    [property: Required, OneOf(typeof(ComplainantType))] string? Type,
    [property: TextForm(TextForm.Email)] string? Email,
    string? Phone,
    AddressRequest? Address,
    [property: OneOf(typeof(ComplainantSalutation))] string? Salutation = null,
    ContactPersonRequest? ContactPerson = null);

/// <summary>For a complainant that is an organisation: the person letters are for the attention of, with their own salutation.</summary>
internal sealed record ContactPersonRequest(
    [property: Required] string? Name, [property: OneOf(typeof(ComplainantSalutation))] string? Salutation = null);

internal sealed record AddressRequest(
    [property: Required] string? Street, [property: Required] string? PostalCode, [property: Required] string? City);
