using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Correspondence;

/// <summary>Intake's failed e-mails for the overview across modules, and sending one again (the shared part: the base class).</summary>
internal sealed class IntakeCorrespondence(NpgsqlDataSource dataSource, IDbSession session, IUnitOfWork unitOfWork,
    ICorrespondenceDispatch dispatch) : ModuleCorrespondence(dataSource, session, unitOfWork)
{
    public override string Module => IntakeContracts.ModuleName;

    protected override string FailedSql => """
        SELECT id, complaint_id, kind, channel, recipient_name, recipient_address AS recipient_address,
               coalesce(subject, '') AS subject, attempts, last_error, created_at, next_attempt_at
        FROM intake.correspondence
        WHERE status = 'Pending' AND last_error IS NOT NULL
        ORDER BY created_at, id
        """;

    protected override string ResendSql => """
        UPDATE intake.correspondence SET next_attempt_at = NULL
        WHERE id = @Id AND status = 'Pending' AND last_error IS NOT NULL
        """;

    protected override Task DeliverNowAsync(IReadOnlyCollection<Guid> ids) => dispatch.DeliverNowAsync(ids);
}
