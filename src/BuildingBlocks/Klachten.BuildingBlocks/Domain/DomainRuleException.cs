namespace Klachten.BuildingBlocks.Domain;

/// <summary>
/// A rule of the procedure refused the change. <see cref="Code"/> is stable and documented: clients switch on it.
/// A step out of order is a <see cref="RuleKind.Conflict"/> (409); a request the rules never allow is
/// <see cref="RuleKind.Unprocessable"/> (422).
/// </summary>
public sealed class DomainRuleException(string code, string message, RuleKind kind = RuleKind.Conflict) : Exception(message)
{
    public string Code { get; } = code;
    public RuleKind Kind { get; } = kind;
}

public enum RuleKind
{
    Conflict,
    Unprocessable,
}
