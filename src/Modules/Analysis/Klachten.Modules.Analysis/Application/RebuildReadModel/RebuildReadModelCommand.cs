using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Analysis.Application.RebuildReadModel;

/// <summary>Operations asks for the read model to be rebuilt from the source modules: a Hangfire job does it.</summary>
internal sealed record RebuildReadModelCommand : ICommand<RebuildRequested>;

internal sealed record RebuildRequested(string JobId);
