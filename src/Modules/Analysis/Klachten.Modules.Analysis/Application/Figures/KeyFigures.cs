using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.Figures;

/// <summary>The headline figures with Dutch labels, as the meeting pack and the documents show them.</summary>
internal static class KeyFigures
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<KeyFigure> Of(PeriodFiguresDto f) =>
    [
        new("Ontvangen klachten", Number(f.Received)),
        new("Afgehandeld (beslissing verzonden)", Number(f.Outcomes.Decided)),
        new("Gegrond of deels gegrond", $"{Number(f.Outcomes.Upheld)} ({Percent(f.Outcomes.ShareUpheld)})"),
        new("Ontvangst binnen de termijn bevestigd", Percent(f.Terms.Acknowledgement.ShareInTime)),
        new("Binnen de termijn schriftelijk beslist", Percent(f.Terms.Settlement.ShareInTime)),
        new("Doorlooptijd tot de beslissing (mediaan, dagen)", f.DaysToDecision.Median is { } median ? median.ToString("0.#", Dutch) : "-"),
        new("Voorgelegd aan de geschillencommissie", Number(f.Referrals.Referred)),
        new("Klager tevreden bij afsluiting", Percent(f.Satisfaction.ShareSatisfied)),
        new("Openstaand aan het einde van de periode", Number(f.Flows.OpenAtEnd)),
    ];

    public static string Number(long value) => value.ToString("N0", Dutch);

    public static string Percent(double? share) => share is { } value ? (value * 100).ToString("0.#", Dutch) + "%" : "-";
}

/// <summary>How frozen figures are stored: the API's JSON shape, enums by name.</summary>
internal static class PublicationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;
}
