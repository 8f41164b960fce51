using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

/// <summary>Handling's failed e-mails for the overview across modules, and sending one again (the shared part: the base class).</summary>
internal sealed class HandlingCorrespondence(NpgsqlDataSource dataSource, IDbSession session, IUnitOfWork unitOfWork,
    ICorrespondenceDispatch dispatch) : ModuleCorrespondence(dataSource, session, unitOfWork)
{
    public override string Module => HandlingContracts.ModuleName;

    protected override string FailedSql => """
        SELECT id, complaint_id, kind, channel, recipient_name,
               CASE WHEN channel = 'Email' THEN recipient_email ELSE recipient_address END AS recipient_address,
               subject AS subject, attempts, last_error, created_at, next_attempt_at
        FROM handling.correspondence
        WHERE status = 'Pending' AND last_error IS NOT NULL
        ORDER BY created_at, id
        """;

    protected override string ResendSql => """
        UPDATE handling.correspondence SET next_attempt_at = NULL
        WHERE id = @Id AND status = 'Pending' AND last_error IS NOT NULL
        """;

    protected override Task DeliverNowAsync(IReadOnlyCollection<Guid> ids) => dispatch.DeliverNowAsync(ids);
}
