using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Common;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

internal sealed class RegisterComplaintCommandHandler(
    IComplaintRepository complaints,
    ICorrespondenceRepository correspondence,
    IOutbox outbox,
    IAuditTrail audit,
    IWorkingDayCalendar calendar,
    IOptions<IntakeOptions> options,
    TimeProvider timeProvider) : ICommandHandler<RegisterComplaintCommand, RegisteredComplaintDto>
{
    public async Task<RegisteredComplaintDto> Handle(RegisterComplaintCommand command, CancellationToken cancellationToken)
    {
        var complainant = command.Complainant!;
        RegisterComplaintCommandValidator.TryParseInstant(command.ReceivedAt, out var receivedAt);
        receivedAt = receivedAt.ToUniversalTime();
        var type = Enum.Parse<ComplainantType>(complainant.Type!);
        var channel = Enum.Parse<IntakeChannel>(command.Channel!);
        var deadlines = ComplaintDeadlines.For(receivedAt, options.Value.Terms, calendar);
        var now = timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var email = Trimmed(complainant.Email);
        var agent = Trimmed(command.CollectionAgent);
        var fileNumber = Trimmed(command.FileNumber);

        // Everything that does not need the reference is written first: the year's counter row stays locked
        // from taking the number until commit, and registrations of one year queue on it.
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ComplaintRegistered", "Complaint", id.ToString(),
            new { channel = channel.ToString(), complainantType = type.ToString(), fileNumber, collectionAgent = agent }), cancellationToken);

        var proposed = Acknowledgement.ProposedChannel(email is not null);
        var letters = new List<CorrespondenceRecord>
        {
            new(Guid.CreateVersion7(now), id, CorrespondenceKind.Acknowledgement,
                proposed == AcknowledgementChannel.Email ? CorrespondenceChannel.Email : CorrespondenceChannel.Letter,
                complainant.Name!.Trim(),
                proposed == AcknowledgementChannel.Email ? email : PostalLine(complainant.Address),
                CorrespondenceStatus.Draft, null, null, now),
        };
        if (agent is not null)
        {
            letters.Add(new(Guid.CreateVersion7(now), id, CorrespondenceKind.AgentNotification, CorrespondenceChannel.Email,
                agent, options.Value.AddressOf(agent), CorrespondenceStatus.Pending, null, null, now));
        }

        await correspondence.AddAsync(letters, cancellationToken);

        var reference = await complaints.AddAsync(new NewComplaint(
            id, deadlines.ReceivedOn.Year, complainant.Name!.Trim(), type.ToString(), email, Trimmed(complainant.Phone),
            Trimmed(complainant.Address?.Street), Trimmed(complainant.Address?.PostalCode), Trimmed(complainant.Address?.City),
            fileNumber, agent, channel.ToString(), receivedAt, deadlines.ReceivedOn, command.Description!, command.RequestedOutcome!,
            command.RegisteredBy, now, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn), cancellationToken);

        await outbox.EnqueueAsync(new ComplaintRegistered(id, reference, receivedAt, deadlines.ReceivedOn, type, channel, agent, fileNumber,
            command.RegisteredBy, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn), cancellationToken);

        return new RegisteredComplaintDto(id, reference, deadlines.ReceivedOn, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn,
            letters.Where(l => l.Status == CorrespondenceStatus.Pending).Select(l => l.Id).ToList());
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? PostalLine(AddressInput? address) =>
        address is null ? null : $"{address.Street?.Trim()}, {address.PostalCode?.Trim()} {address.City?.Trim()}";
}
