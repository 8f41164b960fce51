using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

/// <summary>
/// Computes everything that needs no database (id, deadlines, letters, audit entry, event) and hands it to the registration
/// batch writer, which takes the year's next number and commits many registrations in one transaction (ADR 0008): the
/// year's counter row is locked once per batch instead of once per registration. Returns after the commit.
/// </summary>
internal sealed class RegisterComplaintCommandHandler(
    IBatchWriter<ComplaintRegistration, string> registrations,
    IWorkingDayCalendar calendar,
    IOptions<IntakeOptions> options,
    IStaffDirectory staff,
    ICurrentUser currentUser,
    TimeProvider timeProvider) : ICommandHandler<RegisterComplaintCommand, RegisteredComplaintDto>
{
    public async Task<RegisteredComplaintDto> Handle(RegisterComplaintCommand command, CancellationToken cancellationToken)
    {
        var complainant = command.Complainant;
        var receivedAt = command.ReceivedAt;
        var type = complainant.Type;
        var channel = command.Channel;
        var deadlines = ComplaintDeadlines.For(receivedAt, options.Value.Terms, calendar);
        var now = timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var email = complainant.Email;
        var agent = command.CollectionAgent;
        var fileNumber = command.FileNumber;
        var registeredBy = currentUser.UserName;

        // The batch writer runs outside this request: the acting user travels in the registration (the one exception).
        var audit = new AuditEntry(IntakeContracts.ModuleName, "ComplaintRegistered", "Complaint", id.ToString(),
            new { channel = channel.ToString(), complainantType = type.ToString(), fileNumber, collectionAgent = agent }, registeredBy);

        var proposed = Acknowledgement.ProposedChannel(email is not null);
        var letters = new List<CorrespondenceRecord>
        {
            new(Guid.CreateVersion7(now), id, CorrespondenceKind.Acknowledgement,
                proposed == AcknowledgementChannel.Email ? CorrespondenceChannel.Email : CorrespondenceChannel.Letter,
                complainant.Name,
                proposed == AcknowledgementChannel.Email ? email : complainant.Address?.Line,
                CorrespondenceStatus.Draft, null, null, now),
        };
        if (agent is not null)
        {
            letters.Add(new(Guid.CreateVersion7(now), id, CorrespondenceKind.AgentNotification, CorrespondenceChannel.Email,
                staff.NameOf(agent), staff.AddressOf(agent), CorrespondenceStatus.Pending, null, null, now));
        }

        var complaint = new NewComplaint(
            id, deadlines.ReceivedOn.Year, complainant.Name, type.ToString(), email, complainant.Phone,
            complainant.Address?.Street, complainant.Address?.PostalCode, complainant.Address?.City,
            fileNumber, agent, channel.ToString(), receivedAt, deadlines.ReceivedOn, command.Description, command.RequestedOutcome,
            registeredBy, now, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn, complainant.Salutation.ToString(),
            complainant.ContactPerson?.Name, complainant.ContactPerson?.Salutation.ToString());

        var reference = await registrations.WriteAsync(new ComplaintRegistration(complaint, letters, audit,
            reference => new ComplaintRegistered(id, reference, receivedAt, deadlines.ReceivedOn, type, channel, agent, fileNumber,
                registeredBy, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn)), cancellationToken);

        return new RegisteredComplaintDto(id, reference, deadlines.ReceivedOn, deadlines.AcknowledgementDueOn, deadlines.SettlementDueOn);
    }
}
