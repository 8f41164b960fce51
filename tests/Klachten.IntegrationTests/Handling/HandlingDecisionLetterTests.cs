using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingDecisionLetterTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private const string NoGround = "Wij zien geen aanleiding u een tegemoetkoming aan te bieden.";

    [Theory]
    [InlineData("WellFounded", "Wij achten uw klacht gegrond.")]
    [InlineData("PartlyWellFounded", "Wij achten uw klacht gedeeltelijk gegrond.")]
    public async Task A_well_founded_decision_without_a_remedy_does_not_say_there_is_no_ground_for_one(string outcome, string outcomeSentence)
    {
        var body = await DecisionLetterBodyAsync(outcome);

        Assert.Contains(outcomeSentence, body);
        Assert.Contains("Wij betreuren het dat u reden had om te klagen. Wij gebruiken uw klacht om onze werkwijze te verbeteren.", body);
        Assert.Contains("Aan deze beslissing is geen aanvullende tegemoetkoming verbonden.", body);
        Assert.DoesNotContain("geen aanleiding", body);
    }

    [Fact]
    public async Task An_unfounded_decision_without_a_remedy_still_says_there_is_no_ground_for_one()
    {
        var body = await DecisionLetterBodyAsync("Unfounded");

        Assert.Contains("Wij achten uw klacht ongegrond.", body);
        Assert.Contains(NoGround, body);
    }

    [Fact]
    public async Task A_settlement_by_agreement_without_a_remedy_refers_to_what_was_agreed()
    {
        var body = await DecisionLetterBodyAsync("SettledByAgreement");

        Assert.Contains("Wij houden ons aan de afspraken die wij met u hebben gemaakt.", body);
        Assert.DoesNotContain(NoGround, body);
    }

    private async Task<string> DecisionLetterBodyAsync(string outcome)
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome, reasoning = "Wij hebben het dossier nagelopen." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        var letter = Assert.Single((await GetCaseAsync(id)).GetProperty("correspondence").EnumerateArray(),
            c => c.GetProperty("kind").GetString() == "DecisionLetter");
        return letter.GetProperty("body").GetString()!;
    }
}
