using Klachten.BuildingBlocks.Web;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// One written communication about a complaint, the same shape in every module's API. Kind: the module's letter or notice
/// ("Acknowledgement", "DecisionLetter", ...). Channel: Email or Letter. RecipientAddress: the e-mail address, or the postal
/// address line of a letter. Status: Draft (awaiting an officer), Pending (an e-mail to be sent or retried: see attempts,
/// lastError and nextAttemptAt), Sent (an e-mail that went, with the letter as PDF attached), Printed (a Letter-channel letter
/// whose PDF is ready at .../correspondence/{id}.pdf, waiting to be posted), Posted (posted by PostedBy at PostedAt). CreatedBy is null where a module does not record it
/// (Intake); SentBy is who sent it, "system" for an e-mail the system sent on its own. Subject and body of a draft are a
/// preview rendered from the current data; once sent they are what was sent.
/// </summary>
public sealed record CorrespondenceDto
{
    public Guid Id { get; init; }
    [OneOfRegistered(NameSets.LetterKind)]
    public string Kind { get; init; } = "";
    [OneOfRegistered(NameSets.LetterChannel)]
    public string Channel { get; init; } = "";
    public string? RecipientName { get; init; }
    public string? RecipientAddress { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    [OneOfRegistered(NameSets.LetterStatus)]
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? SentBy { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public string? PostedBy { get; init; }
}

/// <summary>A letter recorded as posted by hand: who posted it and when (any module's letters).</summary>
public sealed record LetterPostedDto(
    Guid ComplaintId, Guid LetterId, [property: OneOfRegistered(NameSets.LetterStatus)] string Status, DateTimeOffset PostedAt,
    string PostedBy);
