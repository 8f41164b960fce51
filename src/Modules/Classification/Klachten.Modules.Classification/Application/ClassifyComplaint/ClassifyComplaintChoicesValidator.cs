using Dapper;
using FluentValidation;
using Klachten.Modules.Classification.Domain;
using Npgsql;

namespace Klachten.Modules.Classification.Application.ClassifyComplaint;

/// <summary>
/// Whether each category and the cause exist and may be chosen (data, see <see cref="ReferenceChecks"/>). A validator of its
/// own so that the validation behaviour reports these together with the shape errors of
/// <see cref="ClassifyComplaintCommandValidator"/>: repeated, empty, unknown and inactive values in one 400. Reads without
/// locks; the handler checks again under lock.
/// </summary>
internal sealed class ClassifyComplaintChoicesValidator : AbstractValidator<ClassifyComplaintCommand>
{
    private const string Sql = """
        SELECT code, description, active FROM classification.categories;
        SELECT code, description, active FROM classification.root_causes;
        SELECT categories, root_cause FROM classification.complaints WHERE complaint_id = @ComplaintId;
        """;

    // A class with setters: Dapper sees text[] as System.Array for constructor matching.
    private sealed class CurrentRow
    {
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
    }

    public ClassifyComplaintChoicesValidator(NpgsqlDataSource dataSource)
    {
        RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
        {
            if (command.Categories is not { Count: > 0 } && string.IsNullOrWhiteSpace(command.RootCause))
            {
                return;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql,
                new { command.ComplaintId }, cancellationToken: cancellationToken));
            var categories = (await results.ReadAsync<ReferenceEntry>()).ToList();
            var rootCauses = (await results.ReadAsync<ReferenceEntry>()).ToList();
            var current = await results.ReadSingleOrDefaultAsync<CurrentRow>();

            var check = ReferenceChecks.Check(command.Categories, command.RootCause, categories, rootCauses,
                current?.Categories ?? [], current?.RootCause);
            foreach (var (field, message) in check.Errors)
            {
                context.AddFailure(field, message);
            }
        });
    }
}
