using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;

namespace Klachten.IntegrationTests.Intake;

/// <summary>Requests and readings the Intake tests share.</summary>
internal static class IntakeApi
{
    public const string Complaints = "/api/intake/complaints";

    public static object Form(
        string? email = "j.devries@example.com", string? agent = null, object? address = null, string receivedAt = "2026-03-02T09:30:00+01:00",
        string channel = "Phone", string type = "Debtor", string description = "De medewerker was onbeleefd aan de telefoon.",
        string name = "J. de Vries", string? salutation = null, object? contactPerson = null) => new
        {
            complainant = new { name, type, email, phone = "0612345678", address, salutation, contactPerson },
            fileNumber = "D-2026-0042",
            collectionAgent = agent,
            channel,
            receivedAt,
            description,
            requestedOutcome = "Excuses en een betalingsregeling.",
        };

    public static object Address => new { street = "Damrak 1", postalCode = "1012 LG", city = "Amsterdam" };

    public static async Task<JsonElement> RegisterAsync(HttpClient client, object? form = null)
    {
        var response = await client.PostAsJsonAsync(Complaints, form ?? Form());
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<long> CountAsync(NpgsqlDataSource db, string sql, object? parameters = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public static string[] Mails(string directory) =>
        Directory.EnumerateFiles(directory, "*.eml").Select(File.ReadAllText).ToArray();

    /// <summary>The decoded text of an .eml (quoted-printable / base64 bodies), for reading the Dutch letter.</summary>
    public static string MailText(string path)
    {
        using var stream = File.OpenRead(path);
        var message = MimeKit.MimeMessage.Load(stream);
        return $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}";
    }

    public static string[] MailTexts(string directory) =>
        Directory.EnumerateFiles(directory, "*.eml").Select(MailText).ToArray();
}
