using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.GetComplaint;

internal sealed record GetComplaintQuery(Guid Id) : IQuery<ComplaintDto>;
