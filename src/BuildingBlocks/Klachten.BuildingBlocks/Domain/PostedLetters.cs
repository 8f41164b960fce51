namespace Klachten.BuildingBlocks.Domain;

/// <summary>
/// A letter for the post is printed first (its PDF exists, status Printed) and then recorded as posted, once, by the employee who
/// posts it: posting it again is 409 letter_already_posted, posting a letter not yet sent (a draft) 409 letter_not_printed; an
/// e-mail is never posted (422 letter_not_by_post).
/// </summary>
public static class PostedLetters
{
    public const string Printed = nameof(Printed);
    public const string Posted = nameof(Posted);
    public const string AlreadyPosted = "letter_already_posted";
    public const string NotByPost = "letter_not_by_post";
    public const string NotPrinted = "letter_not_printed";

    /// <param name="channel">The letter's channel as stored: Email or Letter.</param>
    /// <param name="status">The letter's status as stored.</param>
    public static void EnsureMayPost(string channel, string status)
    {
        if (!string.Equals(channel, "Letter", StringComparison.Ordinal))
        {
            throw new DomainRuleException(NotByPost, "This letter goes by e-mail; only a letter for the post (channel Letter) is posted.",
                RuleKind.Unprocessable);
        }

        if (string.Equals(status, Posted, StringComparison.Ordinal))
        {
            throw new DomainRuleException(AlreadyPosted, "This letter has been recorded as posted already.", RuleKind.Conflict);
        }

        if (!string.Equals(status, Printed, StringComparison.Ordinal))
        {
            throw new DomainRuleException(NotPrinted, "This letter has not been sent yet, so there is nothing printed to post.", RuleKind.Conflict);
        }
    }
}
