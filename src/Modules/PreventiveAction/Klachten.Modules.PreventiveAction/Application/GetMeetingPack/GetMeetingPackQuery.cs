using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.GetMeetingPack;

/// <summary>The meeting pack (vergaderstukken) as PDF.</summary>
internal sealed record GetMeetingPackQuery(Guid MeetingId) : IQuery<MeetingPackFile>;
