using System.Reflection;
using Klachten.Modules.Analysis;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Classification;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.PreventiveAction;
using Klachten.Modules.PreventiveAction.Contracts;

namespace Klachten.ArchitectureTests;

public sealed record ModuleUnderTest(string Name, string Schema, Assembly Module, Assembly Contracts)
{
    public override string ToString() => Name;
}

public static class Modules
{
    public static readonly IReadOnlyList<ModuleUnderTest> All =
    [
        new("Intake", IntakeModule.Schema, typeof(IntakeModule).Assembly, typeof(IntakeContracts).Assembly),
        new("Classification", ClassificationModule.Schema, typeof(ClassificationModule).Assembly, typeof(ClassificationContracts).Assembly),
        new("Handling", HandlingModule.Schema, typeof(HandlingModule).Assembly, typeof(HandlingContracts).Assembly),
        new("Analysis", AnalysisModule.Schema, typeof(AnalysisModule).Assembly, typeof(AnalysisContracts).Assembly),
        new("PreventiveAction", PreventiveActionModule.Schema, typeof(PreventiveActionModule).Assembly, typeof(PreventiveActionContracts).Assembly),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var module in All)
        {
            data.Add(module.Name);
        }

        return data;
    }

    public static ModuleUnderTest Named(string name) => All.Single(m => m.Name == name);
}
