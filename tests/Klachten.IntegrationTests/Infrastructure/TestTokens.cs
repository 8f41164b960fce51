using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// Mints tokens the way `dotnet user-jwts` does (HS256, issuer/audience, "unique_name" and "role" claims), and
/// configures the host to accept them through the same "Authentication:Schemes:Bearer" section the tool writes.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "klachten-tests";
    public const string Audience = "klachten-tests";
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("klachten-integration-tests-signing-key-0123456789");

    public static IReadOnlyDictionary<string, string?> HostSettings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
    };

    public static string Create(string userName, IEnumerable<string> roles, DateTimeOffset? expires = null, string issuer = Issuer,
        byte[]? signingKey = null)
    {
        var claims = new List<Claim> { new("unique_name", userName), new("sub", userName) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = DateTime.UtcNow.AddMinutes(-5),
            Expires = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey ?? Key), SecurityAlgorithms.HmacSha256),
        });
    }
}
