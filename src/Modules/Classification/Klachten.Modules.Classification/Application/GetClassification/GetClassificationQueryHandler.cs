using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetClassification;

internal sealed class GetClassificationQueryHandler(NpgsqlDataSource dataSource, IAuditTrail auditTrail)
    : IQueryHandler<GetClassificationQuery, ClassificationDto>
{
    public async Task<ClassificationDto> Handle(GetClassificationQuery request, CancellationToken cancellationToken)
    {
        ClassificationDto? classification;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            classification = await ClassificationReader.ReadAsync(connection, null, request.ComplaintId, cancellationToken);
        }

        if (classification is null)
        {
            throw new NotFoundException("Complaint", request.ComplaintId);
        }

        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "ClassificationRead", "Complaint",
            request.ComplaintId.ToString(), new { classification.Reference, classification.Version }), cancellationToken);
        return classification;
    }
}
