namespace Klachten.BuildingBlocks.Domain;

/// <summary>
/// A letter to the complainant goes by e-mail only when they gave an e-mail address, and by post only when they gave a postal
/// address: otherwise it would wait forever for a delivery that cannot happen (422 no_email_address / no_postal_address).
/// </summary>
public static class LetterRoutes
{
    public const string NoEmailAddress = "no_email_address";
    public const string NoPostalAddress = "no_postal_address";

    /// <summary>
    /// Whether a letter can reach the complainant by one route or the other: a step whose channel the caller picks (or the
    /// system picks, <see cref="ByEmail"/>) is offered to a screen then (allowedActions), and only then.
    /// </summary>
    public static bool AnyRoute(bool hasEmail, bool hasPostalAddress) => hasEmail || hasPostalAddress;

    /// <summary>
    /// The route of a letter the system picks (the extension notice): e-mail when the complainant gave an address, else post;
    /// neither is 422 no_postal_address.
    /// </summary>
    /// <returns>True for e-mail, false for a posted letter.</returns>
    public static bool ByEmail(bool hasEmail, bool hasPostalAddress, string letter)
    {
        if (!AnyRoute(hasEmail, hasPostalAddress))
        {
            throw new DomainRuleException(NoPostalAddress,
                $"The complainant has neither an e-mail nor a postal address: the {letter} cannot reach them.", RuleKind.Unprocessable);
        }

        return hasEmail;
    }

    /// <param name="byEmail">True for e-mail (channel Email), false for a posted letter (channel Letter).</param>
    /// <param name="letter">What is sent, as the refusal names it: "acknowledgement", "decision letter".</param>
    public static void EnsureReachable(bool byEmail, bool hasEmail, bool hasPostalAddress, string letter)
    {
        if (byEmail && !hasEmail)
        {
            throw new DomainRuleException(NoEmailAddress,
                $"The complainant has no e-mail address: send the {letter} by post (channel Letter).", RuleKind.Unprocessable);
        }

        if (!byEmail && !hasPostalAddress)
        {
            throw new DomainRuleException(NoPostalAddress,
                $"The complainant has no postal address: send the {letter} by e-mail (channel Email).", RuleKind.Unprocessable);
        }
    }
}
