using System.Security.Cryptography;
using System.Text;
using Klachten.Modules.Analysis.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>
/// A collection file number identifies a debtor's file, so the read model keeps only a keyed hash of it: equal numbers
/// (ignoring case and spaces) give equal keys, which is all that counting repeat files needs, and the number cannot be read
/// back or found by hashing guesses without the installation's key.
/// </summary>
internal sealed class FileKeys(IOptions<AnalysisOptions> options) : IFileKeys
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.FileNumberKey);

    public string? KeyOf(string? fileNumber)
    {
        if (string.IsNullOrWhiteSpace(fileNumber))
        {
            return null;
        }

        var normalised = string.Concat(fileNumber.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised)))[..32];
    }
}
