using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.AnonymisePersonalData;

/// <summary>One round of the retention sweep: anonymises up to <see cref="Limit"/> cases whose retention period ended.</summary>
internal sealed record AnonymisePersonalDataCommand(int Limit = AnonymisePersonalDataCommand.DefaultLimit) : ICommand<int>
{
    public const int DefaultLimit = 200;
}
