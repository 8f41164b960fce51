using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Web;

/// <summary>The forms a request's text field or query value must take; the validators hold the rules, the API document says them.</summary>
public enum TextForm
{
    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date,

    /// <summary>A moment with an offset (ISO 8601), see <see cref="Instants"/>.</summary>
    Moment,

    /// <summary>A plain e-mail address.</summary>
    Email,

    /// <summary>A whole number (a query value such as page or pageSize).</summary>
    WholeNumber,

    /// <summary>true or false (a query value).</summary>
    Boolean,
}

/// <summary>
/// A request's text field (or query value) that must take a <see cref="TextForm"/>. Such values travel as text so that a wrong
/// one is named in the 400 together with every other bad field; this attribute lets the API document give their type and form.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class TextFormAttribute(TextForm form) : Attribute
{
    public TextForm Form { get; } = form;

    /// <summary>The expected form in words, as the validators' messages put it.</summary>
    public string Expected => Form switch
    {
        TextForm.Date => "A date yyyy-MM-dd, e.g. 2026-03-02.",
        TextForm.Moment => $"A moment: {Instants.Expected}.",
        TextForm.Email => "A plain e-mail address such as naam@voorbeeld.nl.",
        TextForm.WholeNumber => "A whole number.",
        _ => "true or false.",
    };
}

/// <summary>
/// Endpoint metadata (on a group or an endpoint): the route value <see cref="Name"/> is a whole number, though the route takes it
/// as text so that a wrong one is a 400 naming it (a route constraint would make it a 404). The API document types the path
/// parameter of every operation that has one as an integer, from <see cref="Minimum"/>, described in <see cref="Description"/>.
/// </summary>
public sealed class WholeNumberRouteValue(string name, int minimum, string description)
{
    public string Name { get; } = name;

    public int Minimum { get; } = minimum;

    public string Description { get; } = description;
}
