using System.Text.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>The API document says of every free text whether it is written into a letter to the complainant.</summary>
public sealed class LetterTextsInApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Theory]
    [InlineData("DecisionRequest", "reasoning", "Reaches the complainant")]
    [InlineData("DecisionRequest", "remedy", "Reaches the complainant")]
    [InlineData("ExtensionRequest", "messageToComplainant", "Reaches the complainant")]
    [InlineData("ExtensionRequest", "reason", "Internal")]
    [InlineData("ContactRequest", "summary", "Internal")]
    [InlineData("ContactRequest", "nextStep", "Internal")]
    public async Task The_OpenAPI_document_says_which_free_texts_reach_the_complainant(string schema, string field, string says)
    {
        using var client = CreateAnonymousClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var property = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(field);
        Assert.True(property.TryGetProperty("description", out var description), property.ToString());
        Assert.Contains(says, description.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extension_requires_the_message_to_the_complainant_beside_its_reason()
    {
        using var client = CreateAnonymousClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var required = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ExtensionRequest").GetProperty("required")
            .EnumerateArray().Select(n => n.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["messageToComplainant", "newDueOn", "reason"], required);
    }
}
