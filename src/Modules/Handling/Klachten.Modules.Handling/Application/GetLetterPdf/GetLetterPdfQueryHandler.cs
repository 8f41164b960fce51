using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Npgsql;

namespace Klachten.Modules.Handling.Application.GetLetterPdf;

/// <summary>The letter as printed, for those who may read the case; every read, and every refused read, is audited.</summary>
internal sealed class GetLetterPdfQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, ILetterPrinter printer)
    : IQueryHandler<GetLetterPdfQuery, LetterPdfFile>
{
    private const string Sql = """
        SELECT reference, officer FROM handling.cases WHERE complaint_id = @ComplaintId;
        SELECT kind, channel, recipient_name, recipient_email, recipient_address, subject, body, created_at
        FROM handling.correspondence WHERE id = @LetterId AND complaint_id = @ComplaintId;
        """;

    private sealed record CaseRow(string Reference, string? Officer);

    private sealed record LetterRow(string Kind, string Channel, string? RecipientName, string? RecipientEmail, string? RecipientAddress,
        string Subject, string Body, DateTimeOffset CreatedAt);

    public async Task<LetterPdfFile> Handle(GetLetterPdfQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { query.ComplaintId, query.LetterId },
            cancellationToken: cancellationToken));
        var handlingCase = await results.ReadSingleOrDefaultAsync<CaseRow>() ?? throw new NotFoundException("Handling case", query.ComplaintId);
        if (!CaseAccess.MayRead(user, handlingCase.Officer))
        {
            await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "LetterPdfReadRefused", CaseAccess.Subject, query.ComplaintId.ToString(),
                new { letterId = query.LetterId }), cancellationToken);
            throw new ForbiddenException($"Handling case {query.ComplaintId} is not assigned to you.");
        }

        var letter = await results.ReadSingleOrDefaultAsync<LetterRow>() ?? throw new NotFoundException("Letter", query.LetterId);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "LetterPdfRead", CaseAccess.Subject, query.ComplaintId.ToString(),
            new { letterId = query.LetterId }), cancellationToken);
        return printer.Print(HandlingLetters.ToPrint(letter.Kind, handlingCase.Reference, letter.RecipientName,
            letter.Channel == nameof(CorrespondenceChannel.Email) ? letter.RecipientEmail : letter.RecipientAddress,
            AmsterdamDate.Of(letter.CreatedAt), letter.Subject, letter.Body));
    }
}
