using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Documents;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.Abstractions;

/// <summary>How Intake's letters are printed: whom the address block names, and the SQL that reads a complaint's letter.</summary>
internal static class IntakeLetters
{
    /// <summary>What the printed letters, previews and posting need of a complaint (no lock: a read).</summary>
    public const string ComplaintSql = """
        SELECT id, reference, complainant_name, complainant_email, address_street, address_postal_code, address_city, received_on,
               acknowledgement_due_on, settlement_due_on, file_number, registered_by, handling_officer, acknowledged_at,
               complainant_salutation, contact_person_name, contact_person_salutation
        FROM intake.complaints
        WHERE id = @ComplaintId
        """;

    /// <summary>
    /// The address block: a letter to the complainant names them (for an organisation, for the attention of the contact person)
    /// with their postal address, or their e-mail address when they gave none; a notice to a colleague names the recipient as
    /// stored.
    /// </summary>
    public static IReadOnlyList<string> AddressLines(string kind, Addressee complainant, string? street, string? postalCode, string? city,
        string? recipientName, string? recipientAddress)
    {
        if (kind == nameof(CorrespondenceKind.Acknowledgement))
        {
            return street is not null
                ? LetterPdf.AddressLines(complainant, street, postalCode, city)
                : [.. complainant.NameLines, .. Present(recipientAddress)];
        }

        return [.. Present(recipientName), .. Present(recipientAddress)];
    }

    public static LetterToPrint ToPrint(string kind, string reference, IReadOnlyList<string> addressLines, DateOnly date, RenderedLetter letter) =>
        new(kind, reference, addressLines, date, letter.Subject, letter.Body);

    private static string[] Present(string? line) => string.IsNullOrWhiteSpace(line) ? [] : [line.Trim()];
}
