using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.AnonymisePersonalData;

/// <summary>One round of the retention sweep: anonymises up to <see cref="Limit"/> complaints whose retention period ended.</summary>
internal sealed record AnonymisePersonalDataCommand(int Limit = AnonymisePersonalDataCommand.DefaultLimit) : ICommand<int>
{
    public const int DefaultLimit = 200;
}
