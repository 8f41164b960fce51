using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.RecordLetterPosted;

/// <summary>The employee posting a printed letter records it as posted (once; the acting user is who posted it).</summary>
internal sealed record RecordLetterPostedCommand(Guid ComplaintId, Guid LetterId) : ICommand<LetterPostedDto>;

