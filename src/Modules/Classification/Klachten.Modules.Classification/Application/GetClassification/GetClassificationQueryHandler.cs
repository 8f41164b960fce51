using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetClassification;

/// <summary>
/// Geheimhouding: the classification, with its free-text root-cause note, is for the quality manager, management and the
/// complaints officer who handles the complaint (told by Handling's HandlerAssigned); a refused read is audited.
/// </summary>
internal sealed class GetClassificationQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail auditTrail, IResourceVersion version)
    : IQueryHandler<GetClassificationQuery, ClassificationDto>
{
    private const string OfficerSql = "SELECT officer FROM classification.handling_officers WHERE complaint_id = @ComplaintId";

    public async Task<ClassificationDto> Handle(GetClassificationQuery request, CancellationToken cancellationToken)
    {
        ClassificationDto? classification;
        string? officer;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            classification = await ClassificationReader.ReadAsync(connection, null, request.ComplaintId, cancellationToken);
            officer = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(OfficerSql,
                new { request.ComplaintId }, cancellationToken: cancellationToken));
        }

        if (classification is null)
        {
            throw new NotFoundException("Complaint", request.ComplaintId);
        }

        if (!ClassificationAccess.MayRead(currentUser, officer))
        {
            await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "ClassificationReadRefused", "Complaint",
                request.ComplaintId.ToString()), cancellationToken);
            throw new ForbiddenException("Only the quality manager, management and the complaints officer handling the complaint see its classification.");
        }

        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "ClassificationRead", "Complaint",
            request.ComplaintId.ToString(), new { classification.Reference, classification.Version }), cancellationToken);
        version.Answer(classification.Version);
        return classification;
    }
}
