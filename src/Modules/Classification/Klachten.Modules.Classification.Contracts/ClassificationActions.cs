using System.ComponentModel;

namespace Klachten.Modules.Classification.Contracts;

/// <summary>The names a classification's allowedActions can hold, with the label a screen's button shows.</summary>
public static class ClassificationActions
{
    [Description("Classificeren")]
    public const string Classify = "classify";
}
