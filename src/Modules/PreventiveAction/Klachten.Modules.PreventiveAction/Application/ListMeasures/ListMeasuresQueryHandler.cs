using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.ListMeasures;

/// <summary>A page of measures: all for the quality manager and management, one's own for everyone else; every list is audited.</summary>
internal sealed class ListMeasuresQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : IQueryHandler<ListMeasuresQuery, PagedList<MeasureSummaryDto>>
{
    private const string Filter = """
        WHERE (@Viewer::text IS NULL OR lower(owner) = lower(@Viewer))
          AND (@Status::text IS NULL OR status = @Status)
          AND (@Kind::text IS NULL OR kind = @Kind)
          AND (@Owner::text IS NULL OR lower(owner) = lower(@Owner))
          AND (@Overdue::boolean IS NULL OR (status = 'InProgress' AND due_on < @Today) = @Overdue)
          AND (@Year::integer IS NULL OR reference_year = @Year)
        """;

    private const string Sql = $"""
        SELECT count(*) FROM preventive_action.measures {Filter};
        SELECT id, reference, title, kind, status, owner, due_on, review_on, (status = 'InProgress' AND due_on < @Today) AS overdue,
               effectiveness, follow_up_of
        FROM preventive_action.measures {Filter}
        ORDER BY reference_year DESC, reference DESC
        LIMIT @PageSize OFFSET @Offset;
        """;

    public async Task<PagedList<MeasureSummaryDto>> Handle(ListMeasuresQuery query, CancellationToken cancellationToken)
    {
        var owner = string.IsNullOrWhiteSpace(query.Owner) ? null : query.Owner.Trim();
        string? viewer = null;
        if (!MeasureAccess.SeesAll(user))
        {
            if (owner is not null && !string.Equals(owner, user.UserName, StringComparison.OrdinalIgnoreCase))
            {
                await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasuresListRefused", MeasureAccess.Subject, "*",
                    new { Owner = owner }), cancellationToken);
                throw new ForbiddenException("You see only the measures you own.");
            }

            viewer = user.UserName;
        }

        var page = PageRequest.From(query.Page, query.PageSize);
        var status = EnumNames.ParseOptional<MeasureStatus>(query.Status)?.ToString();
        var kind = EnumNames.ParseOptional<MeasureKind>(query.Kind)?.ToString();
        var overdue = QueryValues.Boolean(query.Overdue);
        int? year = string.IsNullOrWhiteSpace(query.Year) ? null : QueryValues.WholeNumber(query.Year, 0);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
        {
            Viewer = viewer,
            Status = status,
            Kind = kind,
            Owner = owner,
            Overdue = overdue,
            Year = year,
            Today = AmsterdamDate.Of(timeProvider.GetUtcNow()),
            PageSize = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<long>();
        var items = (await results.ReadAsync<MeasureSummaryDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasuresListed", MeasureAccess.Subject, "*",
            new
            {
                Status = status, Kind = kind, Owner = owner, Viewer = viewer, Overdue = overdue, Year = year, page.Number, page.Size,
                Returned = items.Count,
            }),
            cancellationToken);
        return PagedList<MeasureSummaryDto>.Of(items, page, total);
    }
}
