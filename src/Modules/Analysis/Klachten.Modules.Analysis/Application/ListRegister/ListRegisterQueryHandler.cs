using System.Globalization;
using System.Text;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Handling.Contracts;
using Npgsql;

namespace Klachten.Modules.Analysis.Application.ListRegister;

/// <summary>Reads the register from the read model; every page or export read is audited with its filter.</summary>
internal sealed class RegisterReader(NpgsqlDataSource dataSource, IAuditTrail audit)
{
    private const string Filter = """
        WHERE closed_on IS NOT NULL AND received_on IS NOT NULL
          AND (@From::date IS NULL OR received_on >= @From::date)
          AND (@To::date IS NULL OR received_on <= @To::date)
          AND (@Category::text IS NULL OR EXISTS (SELECT 1 FROM unnest(categories) AS c WHERE lower(c) = lower(@Category::text)))
          AND (@RootCause::text IS NULL OR lower(root_cause) = lower(@RootCause::text))
          AND (@Outcome::text IS NULL OR outcome = @Outcome::text)
          AND (@InTime::boolean IS NULL OR coalesce(decision_days_late <= 0, false) = @InTime::boolean)
        """;

    private const string RowsSql = $"""
        SELECT reference, received_on, channel, complainant_type, collection_agent, categories, root_cause, acknowledgement_due_on,
               acknowledged_on, acknowledgement_days_late <= 0 AS acknowledged_in_time, coalesce(decision_officer, officer) AS officer,
               outcome, coalesce(decision_due_on, extended_due_on, settlement_due_on) AS settlement_due_on, extended_at IS NOT NULL AS term_extended,
               decision_letter_sent_on, decision_days_late <= 0 AS decided_in_time, days_to_decision, referral_submitted_on,
               referral_outcome, referral_decided_on, closed_on, complainant_satisfied
        FROM analysis.complaint_facts
        {Filter}
        ORDER BY received_on, reference
        LIMIT @Limit OFFSET @Offset
        """;

    private const string CountSql = $"SELECT count(*) FROM analysis.complaint_facts {Filter}";

    private sealed class Row
    {
        public string Reference { get; init; } = "";
        public DateOnly ReceivedOn { get; init; }
        public string Channel { get; init; } = "";
        public string ComplainantType { get; init; } = "";
        public string? CollectionAgent { get; init; }
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
        public DateOnly AcknowledgementDueOn { get; init; }
        public DateOnly? AcknowledgedOn { get; init; }
        public bool? AcknowledgedInTime { get; init; }
        public string? Officer { get; init; }
        public string? Outcome { get; init; }
        public DateOnly? SettlementDueOn { get; init; }
        public bool TermExtended { get; init; }
        public DateOnly? DecisionLetterSentOn { get; init; }
        public bool? DecidedInTime { get; init; }
        public int? DaysToDecision { get; init; }
        public DateOnly? ReferralSubmittedOn { get; init; }
        public string? ReferralOutcome { get; init; }
        public DateOnly? ReferralDecidedOn { get; init; }
        public DateOnly ClosedOn { get; init; }
        public bool? ComplainantSatisfied { get; init; }
    }

    public async Task<(IReadOnlyList<RegisterRowDto> Rows, long Total)> ReadAsync(IRegisterFilter filter, long limit, long offset, bool count,
        string action, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            From = QueryValues.Date(filter.From),
            To = QueryValues.Date(filter.To),
            Category = Blank(filter.Category),
            RootCause = Blank(filter.RootCause),
            Outcome = EnumNames.ParseOptional<DecisionOutcome>(filter.Outcome)?.ToString(),
            InTime = QueryValues.Boolean(filter.InTime),
            Limit = limit,
            Offset = offset,
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(RowsSql, parameters, cancellationToken: cancellationToken)))
            .Select(r => new RegisterRowDto(r.Reference, r.ReceivedOn, r.Channel, r.ComplainantType, r.CollectionAgent, r.Categories, r.RootCause,
                r.AcknowledgementDueOn, r.AcknowledgedOn, r.AcknowledgedInTime, r.Officer,
                r.Outcome is null ? null : Enum.Parse<DecisionOutcome>(r.Outcome), r.SettlementDueOn, r.TermExtended, r.DecisionLetterSentOn,
                r.DecidedInTime, r.DaysToDecision, r.ReferralSubmittedOn,
                r.ReferralOutcome is null ? null : Enum.Parse<ReferralOutcome>(r.ReferralOutcome), r.ReferralDecidedOn, r.ClosedOn,
                r.ComplainantSatisfied))
            .ToList();
        var total = count
            ? await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken))
            : rows.Count;
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, action, "Register", "handled-complaints", new
        {
            parameters.From, parameters.To, parameters.Category, parameters.RootCause, parameters.Outcome, parameters.InTime, Rows = rows.Count,
        }), cancellationToken);
        return (rows, total);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed class ListRegisterQueryHandler(RegisterReader reader) : IQueryHandler<ListRegisterQuery, PagedList<RegisterRowDto>>
{
    public async Task<PagedList<RegisterRowDto>> Handle(ListRegisterQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        var (rows, total) = await reader.ReadAsync(query, page.Size, page.Offset, count: true, "RegisterRead", cancellationToken);
        return PagedList<RegisterRowDto>.Of(rows, page, total);
    }
}

internal sealed class ExportRegisterQueryHandler(RegisterReader reader) : IQueryHandler<ExportRegisterQuery, byte[]>
{
    public async Task<byte[]> Handle(ExportRegisterQuery query, CancellationToken cancellationToken)
    {
        var (rows, _) = await reader.ReadAsync(query, long.MaxValue, 0, count: false, "RegisterExported", cancellationToken);
        return RegisterCsv.Write(rows);
    }
}

/// <summary>The register as CSV for a Dutch spreadsheet: semicolons, Dutch headers and yes/no, dates yyyy-MM-dd.</summary>
internal static class RegisterCsv
{
    public static readonly string[] Header =
    [
        "Kenmerk", "Ontvangen op", "Kanaal", "Soort klager", "Incassomedewerker", "Categorieën", "Oorzaak", "Ontvangstbevestiging uiterlijk",
        "Ontvangst bevestigd op", "Bevestiging op tijd", "Klachtenfunctionaris", "Beslissing", "Afhandeltermijn tot", "Termijn verlengd",
        "Beslissing verzonden op", "Beslissing op tijd", "Dagen tot beslissing", "Voorgelegd aan geschillencommissie op",
        "Uitspraak geschillencommissie", "Uitspraak op", "Gesloten op", "Klager tevreden",
    ];

    public static byte[] Write(IReadOnlyList<RegisterRowDto> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(';', Header.Select(Field)).Append("\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(';', new[]
            {
                r.Reference, Date(r.ReceivedOn), r.Channel, r.ComplainantType, r.CollectionAgent, string.Join(", ", r.Categories), r.RootCause,
                Date(r.AcknowledgementDueOn), Date(r.AcknowledgedOn), YesNo(r.AcknowledgedInTime), r.Officer, r.Outcome?.ToString(),
                Date(r.SettlementDueOn), YesNo(r.TermExtended), Date(r.DecisionLetterSentOn), YesNo(r.DecidedInTime),
                r.DaysToDecision?.ToString(CultureInfo.InvariantCulture), Date(r.ReferralSubmittedOn), r.ReferralOutcome?.ToString(),
                Date(r.ReferralDecidedOn), Date(r.ClosedOn), YesNo(r.ComplainantSatisfied),
            }.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string YesNo(bool? value) => value switch { true => "ja", false => "nee", null => "" };

    // A field with a separator, quote or line break is quoted; a leading =, +, - or @ is defused so a spreadsheet shows
    // the text instead of running it as a formula.
    private static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
